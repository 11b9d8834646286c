import { createCipheriv, randomBytes } from 'node:crypto';

import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { DataSource } from 'typeorm';

import { createApp } from '../../src/create-app.js';
import type { SealedRecord, SealedValue } from '../../src/personal-data/personal-data-cipher.js';
import {
  PersonalDataCipher,
  parsePersonalDataKeys,
} from '../../src/personal-data/personal-data-cipher.js';
import { reencryptPersonalData } from '../../src/personal-data/reencrypt-personal-data.js';
import type { ApiTestApp } from '../support/api-test-app.js';
import { CSRF, startApiTestApp } from '../support/api-test-app.js';
import { CHIYODA, readSampleAnswers } from '../support/samples.js';

const KEY_A = `key-a:${randomBytes(32).toString('base64')}`;
const KEY_B = `key-b:${randomBytes(32).toString('base64')}`;
const PROCEDURE = {
  municipalityCode: CHIYODA,
  procedureId: 'pregnancy-notification',
  formVersion: 1,
};

/** A 個人番号 with a valid check digit (DOMAIN.md: Q(n) = n+1 for n ≤ 6, n−5 for n ≥ 7). */
function myNumberFrom(first11: string): string {
  const digits = [...first11].map(Number);
  let sum = 0;
  for (let n = 1; n <= 11; n += 1) {
    sum += (digits[11 - n] ?? 0) * (n <= 6 ? n + 1 : n - 5);
  }
  const remainder = sum % 11;
  return `${first11}${remainder <= 1 ? 0 : 11 - remainder}`;
}

/** An envelope as releases before the record binding wrote it: no `v`, only the field path authenticated. */
function sealFormat1(keySpec: string, plaintext: string, path: string): SealedValue {
  const [kid, key] = [...parsePersonalDataKeys(keySpec)][0]!;
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(path, 'utf8'));
  const ct = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  const tag = cipher.getAuthTag().toString('base64');
  return {
    $sealed: 'aes-256-gcm',
    kid,
    iv: iv.toString('base64'),
    tag,
    ct: ct.toString('base64'),
    tail: plaintext.slice(-4),
  };
}

type Envelope = {
  table: string;
  row_id: string;
  record_id: string;
  municipality_code: string;
  path: string;
  sealed: SealedValue;
};

/** Every sealed value of the three tables that hold them, with the record it belongs to. */
async function allEnvelopes(dataSource: DataSource): Promise<Envelope[]> {
  const envelopes: Envelope[] = [];
  for (const [table, recordId] of [
    ['applications', 'id'],
    ['application_answer_versions', 'application_id'],
    ['drafts', 'id'],
  ] as const) {
    const rows: {
      row_id: string;
      record_id: string;
      municipality_code: string;
      answers: Record<string, unknown>;
    }[] = await dataSource.query(
      `SELECT id AS row_id, ${recordId} AS record_id, municipality_code, answers FROM ${table}`,
    );
    for (const row of rows) {
      for (const [path, value] of Object.entries(row.answers)) {
        if (typeof value === 'object' && value !== null && '$sealed' in value) {
          envelopes.push({
            table,
            row_id: row.row_id,
            record_id: row.record_id,
            municipality_code: row.municipality_code,
            path,
            sealed: value as SealedValue,
          });
        }
      }
    }
  }
  return envelopes;
}

function recordOf(envelope: Envelope): SealedRecord {
  return {
    kind: envelope.table === 'drafts' ? 'draft' : 'application',
    id: envelope.record_id,
    municipalityCode: envelope.municipality_code,
  };
}

async function submit(app: ApiTestApp, resident: string, myNumber: string): Promise<string> {
  const answers = { ...readSampleAnswers('pregnancy-notification'), myNumber };
  const response = await request(app.http)
    .post('/api/applications')
    .set('Cookie', resident)
    .set(CSRF)
    .send({ ...PROCEDURE, answers })
    .expect(201);
  return response.body.id as string;
}

async function saveDraft(app: ApiTestApp, resident: string, myNumber: string): Promise<string> {
  const response = await request(app.http)
    .post('/api/me/drafts')
    .set('Cookie', resident)
    .set(CSRF)
    .send({ ...PROCEDURE, answers: { myNumber } })
    .expect(201);
  return response.body.id as string;
}

function reveal(http: ApiTestApp['http'], staff: string, applicationId: string) {
  return request(http)
    .post(`/api/staff/applications/${applicationId}/personal-data/reveal`)
    .set('Cookie', staff)
    .set(CSRF)
    .send({ path: 'myNumber', reason: '住民基本台帳との照合のため' });
}

describe('個人番号 bound to its record', () => {
  let app: ApiTestApp;
  let resident: string;
  let staff: string;
  const first = myNumberFrom('31415926535');
  const second = myNumberFrom('27182818284');
  /** Applications whose 個人番号 a test replaced by another record's envelope. */
  const copiedInto: string[] = [];

  beforeAll(async () => {
    app = await startApiTestApp({
      PERSONAL_DATA_KEYS: KEY_A,
      PERSONAL_DATA_ACTIVE_KEY_ID: 'key-a',
      MALWARE_SCANNER: 'none',
    });
    resident = await app.signIn('resident-yamada-hanako');
    staff = await app.signIn('staff-chiyoda-sato', { steppedUpAt: new Date().toISOString() });
  });

  afterAll(async () => {
    await app.close();
  });

  it('refuses a value copied into another application with 409 and a code, audited, and keeps the masked view', async () => {
    // Arrange: two applications, and a draft, each with its own 個人番号
    const source = await submit(app, resident, first);
    const target = await submit(app, resident, second);
    const draft = await saveDraft(app, resident, first);
    expect((await reveal(app.http, staff, target).expect(200)).body.value).toBe(second);

    // Act: the source application's envelope copied into the target application's row
    await app.database.dataSource.query(
      `UPDATE applications SET answers = jsonb_set(answers, '{myNumber}', (SELECT answers -> 'myNumber' FROM applications WHERE id = $1)) WHERE id = $2`,
      [source, target],
    );
    copiedInto.push(target);
    const copied = await reveal(app.http, staff, target);

    // Assert
    expect(copied.status).toBe(409);
    expect(copied.body.error.code).toBe('personal_data_not_authentic');
    expect(copied.body.error.message.ja).toContain('この申請のものとして確認できない');
    expect(JSON.stringify(copied.body)).not.toContain(first);
    const refusals = await app.database.dataSource.query(
      `SELECT detail FROM audit_log WHERE action = 'personal_data.reveal_refused' AND target_id = $1`,
      [target],
    );
    expect(refusals).toEqual([
      { detail: { path: 'myNumber', refusal: 'personal_data_not_authentic' } },
    ]);
    const view = await request(app.http)
      .get(`/api/staff/applications/${target}`)
      .set('Cookie', staff)
      .expect(200);
    expect(view.body.answers.myNumber).toBe(`********${first.slice(-4)}`);
    expect((await reveal(app.http, staff, source).expect(200)).body.value).toBe(first);

    // A draft's envelope copied into an application does not open either.
    await app.database.dataSource.query(
      `UPDATE applications SET answers = jsonb_set(answers, '{myNumber}', (SELECT answers -> 'myNumber' FROM drafts WHERE id = $1)) WHERE id = $2`,
      [draft, source],
    );
    copiedInto.push(source);
    expect((await reveal(app.http, staff, source).expect(409)).body.error.code).toBe(
      'personal_data_not_authentic',
    );
  });

  it('refuses a resubmission over a copied value with 409, changing nothing', async () => {
    // Arrange: an application the office asked to correct, then another application's value copied in
    const id = await submit(app, resident, second);
    const other = await submit(app, resident, first);
    for (const body of [
      { to: 'in_review' },
      {
        to: 'correction_requested',
        messageToResident: '電話番号を確認してください。',
        fieldsToFix: [{ path: 'phone', message: 'つながりません。' }],
      },
    ]) {
      await request(app.http)
        .post(`/api/staff/applications/${id}/transitions`)
        .set('Cookie', staff)
        .set(CSRF)
        .send(body)
        .expect(200);
    }
    await app.database.dataSource.query(
      `UPDATE applications SET answers = jsonb_set(answers, '{myNumber}', (SELECT answers -> 'myNumber' FROM applications WHERE id = $1)) WHERE id = $2`,
      [other, id],
    );
    copiedInto.push(id);
    const detail = await request(app.http)
      .get(`/api/me/applications/${id}`)
      .set('Cookie', resident)
      .expect(200);
    const { myNumber: _masked, ...answers } = detail.body.answers as Record<string, unknown>;

    // Act
    const response = await request(app.http)
      .post(`/api/me/applications/${id}/resubmit`)
      .set('Cookie', resident)
      .set(CSRF)
      .send({ answers: { ...answers, phone: '03-3264-2111' } });

    // Assert
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe('personal_data_not_authentic');
    const [stored] = await app.database.dataSource.query(
      'SELECT status FROM applications WHERE id = $1',
      [id],
    );
    expect(stored.status).toBe('correction_requested');
  });

  it('leaves every copied value untouched in the re-encryption and reports its row', async () => {
    const before: { id: string; sealed: unknown }[] = await app.database.dataSource.query(
      `SELECT id, answers -> 'myNumber' AS sealed FROM applications WHERE id = ANY($1::uuid[]) ORDER BY id`,
      [copiedInto],
    );
    const cipher = new PersonalDataCipher(parsePersonalDataKeys(`${KEY_A},${KEY_B}`), 'key-b');

    const report = await reencryptPersonalData(app.database.dataSource, cipher, {
      isDryRun: false,
      batchSize: 2,
    });

    expect(report.tables.applications.unreadable).toEqual(
      [...copiedInto].sort().map((rowId) => ({ rowId, path: 'myNumber', reason: 'not_authentic' })),
    );
    expect(report.tables.applications.valuesResealed).toBeGreaterThan(0);
    const after = await app.database.dataSource.query(
      `SELECT id, answers -> 'myNumber' AS sealed FROM applications WHERE id = ANY($1::uuid[]) ORDER BY id`,
      [copiedInto],
    );
    expect(after).toEqual(before);
  });
});

describe('key rotation with api:reencrypt', () => {
  let app: ApiTestApp;
  let resident: string;
  let staff: string;
  let applications: string[];
  let legacyApplication: string;
  const myNumbers = [
    myNumberFrom('12345678901'),
    myNumberFrom('98765432109'),
    myNumberFrom('11122233344'),
  ];

  beforeAll(async () => {
    app = await startApiTestApp({
      PERSONAL_DATA_KEYS: KEY_A,
      PERSONAL_DATA_ACTIVE_KEY_ID: 'key-a',
      MALWARE_SCANNER: 'none',
    });
    resident = await app.signIn('resident-yamada-hanako');
    staff = await app.signIn('staff-chiyoda-sato', { steppedUpAt: new Date().toISOString() });
    applications = [
      await submit(app, resident, myNumbers[0]!),
      await submit(app, resident, myNumbers[1]!),
    ];
    await saveDraft(app, resident, myNumbers[0]!);
    await saveDraft(app, resident, myNumbers[1]!);
    // An application as a release before the record binding stored it: a format 1 envelope under key A.
    legacyApplication = await submit(app, resident, myNumbers[2]!);
    await app.database.dataSource.query(
      `UPDATE applications SET answers = jsonb_set(answers, '{myNumber}', $1::jsonb) WHERE id = $2`,
      [JSON.stringify(sealFormat1(KEY_A, myNumbers[2]!, 'myNumber')), legacyApplication],
    );
  });

  afterAll(async () => {
    await app.close();
  });

  it('opens a format 1 envelope before the re-encryption', async () => {
    expect((await reveal(app.http, staff, legacyApplication).expect(200)).body.value).toBe(
      myNumbers[2],
    );
  });

  it('counts in a dry run without writing anything', async () => {
    const before = await allEnvelopes(app.database.dataSource);
    const cipher = new PersonalDataCipher(parsePersonalDataKeys(`${KEY_A},${KEY_B}`), 'key-b');

    const report = await reencryptPersonalData(app.database.dataSource, cipher, {
      isDryRun: true,
      batchSize: 2,
    });

    // 3 applications, their 3 first answer versions, 2 drafts; the legacy application's version 1 is format 2 (sealed at submission).
    expect(report.tables.applications).toMatchObject({
      rowsExamined: 3,
      valuesResealed: 3,
      fromFormat1: 1,
      fromOtherKeys: 3,
    });
    expect(report.tables.application_answer_versions).toMatchObject({
      rowsExamined: 3,
      valuesResealed: 3,
      fromFormat1: 0,
    });
    expect(report.tables.drafts).toMatchObject({ rowsExamined: 2, valuesResealed: 2 });
    expect(await allEnvelopes(app.database.dataSource)).toEqual(before);
  });

  it('re-seals every value under key B in format 2, in batches, and a second run finds nothing left', async () => {
    const cipher = new PersonalDataCipher(parsePersonalDataKeys(`${KEY_A},${KEY_B}`), 'key-b');

    const report = await reencryptPersonalData(app.database.dataSource, cipher, {
      isDryRun: false,
      batchSize: 1,
    });
    const again = await reencryptPersonalData(app.database.dataSource, cipher, {
      isDryRun: false,
      batchSize: 1,
    });

    expect(report.tables.applications).toMatchObject({
      rowsRewritten: 3,
      valuesResealed: 3,
      fromFormat1: 1,
      unreadable: [],
    });
    expect(report.tables.application_answer_versions).toMatchObject({
      rowsRewritten: 3,
      valuesResealed: 3,
      unreadable: [],
    });
    expect(report.tables.drafts).toMatchObject({
      rowsRewritten: 2,
      valuesResealed: 2,
      unreadable: [],
    });
    for (const table of Object.values(again.tables)) {
      expect(table).toMatchObject({ rowsExamined: 0, valuesResealed: 0 });
    }
    const envelopes = await allEnvelopes(app.database.dataSource);
    expect(envelopes).toHaveLength(8);
    expect(envelopes.map((envelope) => [envelope.sealed.kid, envelope.sealed.v])).toEqual(
      envelopes.map(() => ['key-b', 2]),
    );
  });

  it('opens everything with key A removed and format 1 retired: every stored value for its record, and the staff reveal', async () => {
    const onlyB = new PersonalDataCipher(parsePersonalDataKeys(KEY_B), 'key-b');
    const opened = (await allEnvelopes(app.database.dataSource)).map((envelope) =>
      onlyB.open(envelope.sealed, { record: recordOf(envelope), path: envelope.path }),
    );
    expect(opened.sort()).toEqual([...myNumbers, ...myNumbers, myNumbers[0], myNumbers[1]].sort());

    // The API restarted with key B only and format 1 retired, on the same database and sessions.
    const restarted: INestApplication = await createApp({
      ...app.env,
      PERSONAL_DATA_KEYS: KEY_B,
      PERSONAL_DATA_ACTIVE_KEY_ID: 'key-b',
      PERSONAL_DATA_OPEN_FORMAT_1: false,
    });
    await restarted.init();
    try {
      const http = restarted.getHttpServer() as ApiTestApp['http'];
      const revealed = [];
      for (const id of [...applications, legacyApplication]) {
        revealed.push((await reveal(http, staff, id).expect(200)).body.value as string);
      }
      expect(revealed).toEqual(myNumbers);
    } finally {
      await restarted.close();
    }
  });
});
