// @peculiar/x509 resolves its services through tsyringe, which needs the Reflect metadata API.
import 'reflect-metadata';

import { createHash } from 'node:crypto';

import type { DemoPki } from '@madoguchi/server-trust';
import { createDemoPki, verifyDetachedSignature } from '@madoguchi/server-trust';
import { X509Crl } from '@peculiar/x509';

import { DEMO_SIGNING_PASSWORD, loadDemoTrustEnv } from './config/env.js';
import type { DemoTrustServer } from './demo-trust.server.js';
import { startDemoTrust } from './demo-trust.server.js';

const CITIZEN = 'http://127.0.0.1:5173';
const SECRET = 'demo-trust-spec-secret';
const RESIDENT = 'resident-yamada-hanako';

describe(startDemoTrust.name, () => {
  let pki: DemoPki;
  let trust: DemoTrustServer;
  const digest = createHash('sha256').update('canonical submission').digest();
  const quiet = { info: () => undefined, warn: () => undefined };

  const create = (body: Record<string, unknown>, secret = SECRET) =>
    fetch(`${trust.url}/api/signing-requests`, {
      method: 'POST',
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        digestHex: digest.toString('hex'),
        procedureTitle: { ja: '妊娠の届出', en: 'Pregnancy notification' },
        municipalityName: { ja: '千代田区', en: 'Chiyoda City' },
        returnUrl: `${CITIZEN}/procedures/131016/pregnancy-notification?signingRequest=1`,
        cardHint: RESIDENT,
        ...body,
      }),
    });
  const outcome = async (requestId: string) =>
    (await (
      await fetch(`${trust.url}/api/signing-requests/${requestId}`, {
        headers: { authorization: `Bearer ${SECRET}` },
      })
    ).json()) as { status: string; signature?: string };
  const formTokenOf = (html: string) => /name="formToken" value="([^"]+)"/u.exec(html)?.[1] ?? '';
  const post = (signingUrl: string, fields: Record<string, string>) =>
    fetch(signingUrl, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    });

  beforeAll(async () => {
    pki = await createDemoPki({
      residents: [
        {
          residentId: RESIDENT,
          basicFour: {
            name: '山田　花子',
            address: '東京都千代田区九段南一丁目２番１号',
            dateOfBirth: '1994-06-12',
            gender: 'female',
          },
        },
      ],
      municipalities: [],
    });
    trust = await startDemoTrust(
      loadDemoTrustEnv({
        NODE_ENV: 'test',
        DEMO_TRUST_PORT: '0',
        DEMO_TRUST_RETURN_ORIGINS: CITIZEN,
        DEMO_TRUST_CLIENT_SECRET: SECRET,
      }),
      pki,
      quiet,
    );
  });

  afterAll(async () => {
    await trust?.close();
  });

  it('refuses to start in production', () => {
    expect(() => loadDemoTrustEnv({ NODE_ENV: 'production' })).toThrow(
      /development and tests only/,
    );
  });

  it('takes signing requests only from the relying party, back to an allowed origin only', async () => {
    expect((await create({}, 'someone-else-entirely')).status).toBe(401);
    expect((await create({ returnUrl: 'https://evil.example/back' })).status).toBe(400);
  });

  it('shows what is signed, signs with the chosen card after the password and returns the resident', async () => {
    const created = (await (await create({})).json()) as { requestId: string; signingUrl: string };
    expect(created.signingUrl).toBe(`${trust.url}/sign/${created.requestId}`);

    const page = await (await fetch(created.signingUrl)).text();
    expect(page).toContain(digest.toString('hex'));
    expect(page).toContain('妊娠の届出');
    expect(page).toMatch(new RegExp(`value="${RESIDENT}" checked`));
    const formToken = formTokenOf(page);

    const wrong = await post(created.signingUrl, {
      formToken,
      cardId: RESIDENT,
      password: 'nope',
      action: 'confirm',
    });
    expect(wrong.status).toBe(422);
    expect(await wrong.text()).toContain('role="alert"');
    expect((await outcome(created.requestId)).status).toBe('pending');

    const signed = await post(created.signingUrl, {
      formToken,
      cardId: RESIDENT,
      password: DEMO_SIGNING_PASSWORD,
      action: 'confirm',
    });
    expect(signed.status).toBe(303);
    expect(signed.headers.get('location')).toBe(
      `${CITIZEN}/procedures/131016/pregnancy-notification?signingRequest=1`,
    );
    const fetched = await outcome(created.requestId);
    expect(fetched.status).toBe('signed');
    const verification = await verifyDetachedSignature({
      signature: new Uint8Array(Buffer.from(fetched.signature ?? '', 'base64')),
      digest: new Uint8Array(digest),
      trustAnchors: [pki.jpki.ca.certificate],
      crls: [pki.jpki.crl],
    });
    expect(verification.isValid && verification.signer.basicFour?.name).toBe('山田　花子');
  });

  it('returns the resident unsigned when they cancel', async () => {
    const created = (await (await create({})).json()) as { requestId: string; signingUrl: string };
    const formToken = formTokenOf(await (await fetch(created.signingUrl)).text());
    const cancelled = await post(created.signingUrl, { formToken, action: 'cancel' });
    expect(cancelled.status).toBe(303);
    expect((await outcome(created.requestId)).status).toBe('cancelled');
    expect((await fetch(created.signingUrl)).status).toBe(404);
  });

  it('publishes the JPKI CRL as DER and mounts the TSA and OCSP', async () => {
    const crl = await fetch(`${trust.url}/crl/jpki.crl`);
    expect(crl.headers.get('content-type')).toBe('application/pkix-crl');
    expect(new X509Crl(new Uint8Array(await crl.arrayBuffer())).issuer).toBe(
      pki.jpki.ca.certificate.subject,
    );
    expect((await fetch(`${trust.url}/tsa`, { method: 'POST', body: 'x' })).status).toBe(415);
    expect((await fetch(`${trust.url}/ocsp`, { method: 'POST', body: 'x' })).status).toBe(415);
  });
});
