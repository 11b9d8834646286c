import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { compileForm, parseFormDefinition } from '@madoguchi/forms-schema';
import type { DemoPki } from '@madoguchi/server-trust';
import { createDemoPki, crlToPem, revokeDemoCard, writeDemoPki } from '@madoguchi/server-trust';
import { canonicalSubmission, type JsonValue } from '@madoguchi/shared-util-canonical';
import request from 'supertest';

import { makePng } from '../../src/attachments/testing/sample-files.js';
import type { TestSigningService } from '../../src/signatures/testing/test-signing-service.js';
import { startTestSigningService } from '../../src/signatures/testing/test-signing-service.js';
import type { ApiTestApp } from '../support/api-test-app.js';
import { CSRF, SEEDS_DIR, startApiTestApp } from '../support/api-test-app.js';
import { CHIYODA, readSampleAnswers } from '../support/samples.js';

const RESIDENT = 'resident-yamada-hanako';
const PROCEDURE = {
  municipalityCode: CHIYODA,
  procedureId: 'pregnancy-notification',
  formVersion: 1,
};
const YAMADA = {
  name: '山田　花子',
  address: '東京都千代田区九段南一丁目２番１号',
  dateOfBirth: '1994-06-12',
  gender: 'female',
} as const;

describe('card signatures (JPKI 署名用電子証明書)', () => {
  let app: ApiTestApp;
  let signer: TestSigningService;
  let pki: DemoPki;
  let strangerPki: DemoPki;
  let directory: string;
  let resident: string;
  let staff: string;

  const card = (cardId: string) => {
    const found = pki.jpki.cards.find((candidate) => candidate.cardId === cardId);
    if (!found) {
      throw new Error(`no demo card ${cardId}`);
    }
    return found;
  };

  async function upload(): Promise<string> {
    const response = await request(app.http)
      .post('/api/attachments')
      .set('Cookie', resident)
      .set(CSRF)
      .field('municipalityCode', CHIYODA)
      .field('procedureId', PROCEDURE.procedureId)
      .field('formVersion', '1')
      .field('slotId', 'pregnancyProof')
      .attach('file', makePng({ width: 3 + Math.floor(Math.random() * 50) }), {
        filename: 'boshi-techo.png',
      })
      .expect(201);
    return response.body.id as string;
  }

  /** 山田 花子's own 妊娠の届出, her 基本4情報 as the card says them, with one uploaded file. */
  async function yamadaAnswers(): Promise<Record<string, unknown>> {
    return {
      ...readSampleAnswers(PROCEDURE.procedureId),
      name: { family: '山田', given: '花子', familyKana: 'ヤマダ', givenKana: 'ハナコ' },
      birthDate: YAMADA.dateOfBirth,
      address: {
        postalCode: '1028688',
        prefecture: '東京都',
        city: '千代田区',
        town: '九段南一丁目',
        block: '2番1号',
      },
      pregnancyProof: [await upload()],
    };
  }

  function startSigning(answers: Record<string, unknown>) {
    return request(app.http)
      .post('/api/me/signature-requests')
      .set('Cookie', resident)
      .set(CSRF)
      .send({ ...PROCEDURE, answers, returnPath: '/procedures/131016/pregnancy-notification' });
  }

  function complete(id: string) {
    return request(app.http)
      .post(`/api/me/signature-requests/${id}/complete`)
      .set('Cookie', resident)
      .set(CSRF)
      .send();
  }

  function submit(answers: Record<string, unknown>) {
    return request(app.http)
      .post('/api/applications')
      .set('Cookie', resident)
      .set(CSRF)
      .send({ ...PROCEDURE, answers });
  }

  /** Starts a signing of `answers`, lets `cardId` sign it on the signer and completes it. */
  async function sign(answers: Record<string, unknown>, cardId = RESIDENT, status = 200) {
    const started = await startSigning(answers).expect(201);
    await signer.confirm(started.body.signingUrl as string, card(cardId));
    return complete(started.body.id as string).expect(status);
  }

  async function writeCrl(current: DemoPki): Promise<void> {
    await writeFile(join(directory, 'jpki', 'crl.pem'), crlToPem(current.jpki.crl));
  }

  beforeAll(async () => {
    const base = await mkdtemp(join(tmpdir(), 'madoguchi-card-signatures-'));
    directory = join(base, 'pki');
    pki = await createDemoPki({
      residents: [
        { residentId: RESIDENT, basicFour: YAMADA, cards: ['valid', 'revoked', 'expired'] },
        {
          residentId: 'resident-suzuki-ichiro',
          basicFour: { ...YAMADA, name: '鈴木　一郎', gender: 'male' },
        },
      ],
      municipalities: [],
    });
    strangerPki = await createDemoPki({
      residents: [{ residentId: RESIDENT, basicFour: YAMADA }],
      municipalities: [],
    });
    await writeDemoPki(directory, pki);
    signer = await startTestSigningService();
    app = await startApiTestApp({
      MALWARE_SCANNER: 'none',
      STORAGE_LOCAL_DIR: join(base, 'uploads'),
      CARD_SIGNATURES: 'enforce',
      SIGNING_SERVICE_URL: signer.url,
      SIGNING_SERVICE_CLIENT_SECRET: signer.secret,
      JPKI_TRUST_ANCHORS: join(directory, 'jpki', 'ca.pem'),
      JPKI_CRL: join(directory, 'jpki', 'crl.pem'),
    });
    resident = await app.signIn(RESIDENT);
    staff = await app.signIn('staff-chiyoda-sato');
  });

  afterAll(async () => {
    await app?.close();
    await signer?.stop();
    await rm(join(directory, '..'), { recursive: true, force: true });
  });

  it('accepts a signed submission, keeps a DER that openssl verifies over the canonical bytes, and shows staff the result', async () => {
    const answers = await yamadaAnswers();
    const started = await startSigning(answers).expect(201);
    const asked = signer.request(started.body.signingUrl as string);
    expect(asked.digestHex).toBe(started.body.digestHex);
    expect(asked.returnUrl).toMatch(new RegExp(`signingRequest=${started.body.id as string}$`));
    expect(started.body.signingUrl).not.toMatch(/山田|1994/);
    await signer.confirm(started.body.signingUrl as string, card(RESIDENT));

    const completed = await complete(started.body.id as string).expect(200);
    expect(completed.body.signerName).toBe(YAMADA.name);

    const submitted = await submit(answers).expect(201);
    const detail = await request(app.http)
      .get(`/api/staff/applications/${submitted.body.id as string}`)
      .set('Cookie', staff)
      .expect(200);
    expect(detail.body.signature).toMatchObject({
      isValid: true,
      failure: null,
      signingTimeSource: 'signing_time_attribute',
      certificateSerial: card(RESIDENT).certificate.serialNumber,
      signer: YAMADA,
    });
    expect(detail.body.signature.certificateIssuer).toContain('Demo JPKI');
    // The detail a staff step answers keeps the signature too (the console shows what it gets).
    const reviewed = await request(app.http)
      .post(`/api/staff/applications/${submitted.body.id as string}/transitions`)
      .set('Cookie', staff)
      .set(CSRF)
      .send({ to: 'in_review' })
      .expect(200);
    expect(reviewed.body.signature).toMatchObject({ isValid: true, signer: YAMADA });
    expect(
      (detail.body.signature.comparison as { item: string; matches: boolean }[]).map(
        ({ item, matches }) => [item, matches],
      ),
    ).toEqual([
      ['name', true],
      ['dateOfBirth', true],
      ['address', true],
    ]);

    // The independent check: the stored DER is a CMS signature over exactly the canonical bytes.
    const [row] = await app.database.dataSource.query<{ signature: Buffer }[]>(
      'SELECT signature FROM application_signatures WHERE application_id = $1',
      [submitted.body.id],
    );
    const bytes = await canonicalBytes(answers);
    const scratch = await mkdtemp(join(tmpdir(), 'madoguchi-card-signature-openssl-'));
    try {
      await writeFile(join(scratch, 'signature.der'), row!.signature);
      await writeFile(join(scratch, 'content.json'), bytes);
      const verify = (content: string) =>
        spawnSync(
          'openssl',
          [
            'cms',
            '-verify',
            '-binary',
            '-inform',
            'DER',
            '-in',
            join(scratch, 'signature.der'),
            '-content',
            content,
            '-CAfile',
            join(directory, 'jpki', 'ca.pem'),
            '-purpose',
            'any',
            '-out',
            '/dev/null',
          ],
          { encoding: 'utf8' },
        );
      const good = verify(join(scratch, 'content.json'));
      expect(`${good.status} ${good.stderr}`).toMatch(/^0 .*Verification successful/su);
      const changed = Buffer.from(bytes);
      changed.writeUInt8(changed.readUInt8(changed.length - 3) ^ 1, changed.length - 3);
      await writeFile(join(scratch, 'changed.json'), changed);
      expect(verify(join(scratch, 'changed.json')).status).not.toBe(0);
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  });

  it('refuses an unsigned submission of a procedure that requires a signature', async () => {
    const refused = await submit(await yamadaAnswers()).expect(422);
    expect(refused.body.error.code).toBe('signature_required');
    expect(refused.body.error.message.ja).toContain('電子署名が必要');
    expect(refused.body.error.message.en).toContain('needs an electronic signature');
  });

  it.each([
    ['revoked', `${RESIDENT}.revoked`, 'signature_revoked', '失効', 'revoked'],
    ['expired', `${RESIDENT}.expired`, 'signature_expired', '有効期限', 'expired'],
  ])('refuses a %s card', async (_state, cardId, code, ja, en) => {
    const answers = await yamadaAnswers();
    const refused = await sign(answers, cardId, 422);
    expect(refused.body.error.code).toBe(code);
    expect(refused.body.error.message.ja).toContain(ja);
    expect(refused.body.error.message.en).toContain(en);
    // Nothing usable was kept: the submission still has no signature.
    expect((await submit(answers).expect(422)).body.error.code).toBe('signature_required');
  });

  it('refuses a card of an unknown certification authority', async () => {
    const started = await startSigning(await yamadaAnswers()).expect(201);
    await signer.confirm(started.body.signingUrl as string, strangerPki.jpki.cards[0]!);
    const refused = await complete(started.body.id as string).expect(422);
    expect(refused.body.error.code).toBe('signature_unknown_ca');
    expect(refused.body.error.message.en).toContain('certification authority');
  });

  it('refuses a signature over other bytes than were asked for', async () => {
    const started = await startSigning(await yamadaAnswers()).expect(201);
    await signer.confirm(started.body.signingUrl as string, card(RESIDENT), 'ab'.repeat(32));
    const refused = await complete(started.body.id as string).expect(422);
    expect(refused.body.error.code).toBe('signature_digest_mismatch');
  });

  it('refuses answers changed after signing', async () => {
    const answers = await yamadaAnswers();
    await sign(answers);
    const refused = await submit({ ...answers, phone: '090-9999-0000' }).expect(422);
    expect(refused.body.error.code).toBe('signature_digest_mismatch');
    expect(refused.body.error.message.ja).toContain('署名したあとで');
    expect(refused.body.error.message.en).toContain('changed after you signed');
  });

  it('refuses an attachment changed after signing', async () => {
    const answers = await yamadaAnswers();
    await sign(answers);
    const refused = await submit({ ...answers, pregnancyProof: [await upload()] }).expect(422);
    expect(refused.body.error.code).toBe('signature_digest_mismatch');
  });

  it('reads the CRL again at submission: a revocation published after the signing refuses it', async () => {
    const answers = await yamadaAnswers();
    await sign(answers, 'resident-suzuki-ichiro');
    // Revoked before the signing (the card was reported lost), on a CRL issued only afterwards.
    const revoked = await revokeDemoCard(
      pki,
      'resident-suzuki-ichiro',
      new Date(Date.now() - 3_600_000),
    );
    await writeCrl(revoked);
    try {
      const refused = await submit(answers).expect(422);
      expect(refused.body.error.code).toBe('signature_revoked');
    } finally {
      await writeCrl(pki);
    }
  });

  it('flags a 基本4情報 difference for staff without refusing the submission', async () => {
    const answers = { ...(await yamadaAnswers()), birthDate: '1994-06-13' };
    await sign(answers);
    const submitted = await submit(answers).expect(201);
    const detail = await request(app.http)
      .get(`/api/staff/applications/${submitted.body.id as string}`)
      .set('Cookie', staff)
      .expect(200);
    expect(detail.body.signature.isValid).toBe(true);
    expect(detail.body.signature.comparison).toContainEqual({
      item: 'dateOfBirth',
      onCard: '1994-06-12',
      inAnswers: '1994-06-13',
      matches: false,
    });
  });

  it('says the signing is not confirmed when the resident cancelled on the signer', async () => {
    const started = await startSigning(await yamadaAnswers()).expect(201);
    signer.cancel(started.body.signingUrl as string);
    const refused = await complete(started.body.id as string).expect(409);
    expect(refused.body.error.code).toBe('signing_not_confirmed');
  });

  /** The canonical submission the card signed, computed independently of the API. */
  async function canonicalBytes(answers: Record<string, unknown>): Promise<Uint8Array> {
    const definition = parseFormDefinition(
      JSON.parse(
        await readFile(join(SEEDS_DIR, 'forms', PROCEDURE.procedureId, 'v1.json'), 'utf8'),
      ),
    );
    const form = compileForm(definition);
    const validation = form.validate(answers);
    if (!validation.ok) {
      throw new Error('the test answers do not validate');
    }
    const ids = form
      .attachmentsIn(validation.answers)
      .flatMap((slot) => slot.ids.map((id) => ({ id, slot: slot.slotId })));
    const rows = await app.database.dataSource.query<{ id: string; sha256: string }[]>(
      'SELECT id, sha256 FROM attachments WHERE id = ANY($1::uuid[])',
      [ids.map(({ id }) => id)],
    );
    const digests = new Map(rows.map((row) => [row.id, row.sha256]));
    const canonical = await canonicalSubmission(
      validation.answers as { [key: string]: JsonValue },
      ids.map(({ id, slot }) => ({ slot, sha256: digests.get(id) ?? '' })),
    );
    return canonical.bytes;
  }
});
