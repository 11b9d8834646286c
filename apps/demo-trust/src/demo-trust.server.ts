import { randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { DemoCard, DemoPki } from '@madoguchi/server-trust';
import {
  createOcspHttpHandler,
  createOcspResponder,
  createTimestampAuthority,
  createTimestampHttpHandler,
  readBasicFour,
  signDigestDetached,
} from '@madoguchi/server-trust';
import { z } from 'zod';

import type { DemoTrustEnv } from './config/env.js';
import { DEMO_SIGNING_PASSWORD } from './config/env.js';
import type { CardChoice } from './signing-pages.js';
import { messagePage, signingPage } from './signing-pages.js';

/** A signing waits this long for the resident; the API then starts a new one. */
const REQUEST_LIFETIME_MS = 15 * 60_000;
const MAX_BODY_BYTES = 16 * 1024;

const localized = z.object({ ja: z.string().min(1).max(200), en: z.string().min(1).max(200) });
const newSigningSchema = z
  .object({
    digestHex: z.string().regex(/^[0-9a-f]{64}$/),
    procedureTitle: localized,
    municipalityName: localized,
    returnUrl: z.url(),
    cardHint: z.string().max(200).optional(),
  })
  .strict();

type Signing = z.infer<typeof newSigningSchema> & {
  readonly id: string;
  readonly formToken: string;
  readonly createdAt: number;
  outcome:
    { status: 'pending' } | { status: 'cancelled' } | { status: 'signed'; signature: string };
};

export type DemoTrustServer = { readonly url: string; close(): Promise<void> };
export type DemoTrustLogger = { info(message: string): void; warn(message: string): void };

/**
 * The demo trust services (development and tests only): the signing service in the role of the
 * デジタル認証アプリ's signature function (holding the demo cards' keys), the RFC 3161 TSA at
 * /tsa, OCSP at /ocsp and the JPKI CRL at /crl/jpki.crl (DER).
 *
 * Signing: the relying party (the API) creates a request server to server with the digest and what
 * to show; the resident is sent to /sign/<id> (no personal data in the URL), sees what they sign,
 * chooses the card (the phone app would read the one card in hand), enters the 署名用パスワード
 * and confirms or cancels; either way they go back to the return URL; the API then fetches the
 * CMS SignedData server to server.
 */
export async function startDemoTrust(
  env: DemoTrustEnv,
  pki: DemoPki,
  logger: DemoTrustLogger,
): Promise<DemoTrustServer> {
  const signings = new Map<string, Signing>();
  const cards = new Map(pki.jpki.cards.map((card) => [card.cardId, card]));
  const choices: CardChoice[] = pki.jpki.cards.map((card) => ({
    cardId: card.cardId,
    holderName: readBasicFour(card.certificate)?.name ?? card.residentId,
    state: card.state,
  }));
  const tsa = createTimestampHttpHandler(
    createTimestampAuthority({ unit: pki.tsa.unit, chain: [pki.tsa.ca.certificate] }),
  );
  const ocsp = createOcspHttpHandler(
    createOcspResponder({ ca: pki.jpki.ca, revoked: () => pki.jpki.revoked }),
  );
  const crlDer = new Uint8Array(pki.jpki.crl.rawData);
  const secret = Buffer.from(`Bearer ${env.DEMO_TRUST_CLIENT_SECRET}`);

  const isRelyingParty = (request: IncomingMessage): boolean => {
    const given = Buffer.from(request.headers.authorization ?? '');
    return given.length === secret.length && timingSafeEqual(given, secret);
  };
  const find = (id: string): Signing | null => {
    const signing = signings.get(id);
    if (!signing || Date.now() - signing.createdAt > REQUEST_LIFETIME_MS) {
      signings.delete(id);
      return null;
    }
    return signing;
  };
  const isAllowedReturn = (url: string): boolean => {
    const origin = new URL(url).origin;
    return env.DEMO_TRUST_RETURN_ORIGINS.some((allowed) => new URL(allowed).origin === origin);
  };

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://demo-trust.invalid');
    const path = url.pathname;
    if (path === '/tsa') {
      return tsa(request, response);
    }
    if (path === '/ocsp') {
      return ocsp(request, response);
    }
    if (path === '/crl/jpki.crl' && request.method === 'GET') {
      response.writeHead(200, { 'content-type': 'application/pkix-crl' }).end(crlDer);
      return;
    }
    if (path === '/health') {
      sendJson(response, 200, { status: 'ok' });
      return;
    }
    if (path === '/api/signing-requests' && request.method === 'POST') {
      if (!isRelyingParty(request)) {
        sendJson(response, 401, { error: 'unauthorized' });
        return;
      }
      const parsed = newSigningSchema.safeParse(parseJson(await readBody(request)));
      if (!parsed.success || !isAllowedReturn(parsed.data.returnUrl)) {
        sendJson(response, 400, { error: 'invalid_request' });
        return;
      }
      const id = randomUUID();
      signings.set(id, {
        ...parsed.data,
        id,
        formToken: randomBytes(24).toString('base64url'),
        createdAt: Date.now(),
        outcome: { status: 'pending' },
      });
      sendJson(response, 201, { requestId: id, signingUrl: `${publicUrl}/sign/${id}` });
      return;
    }
    const apiMatch = /^\/api\/signing-requests\/([0-9a-f-]{36})$/u.exec(path);
    if (apiMatch && request.method === 'GET') {
      if (!isRelyingParty(request)) {
        sendJson(response, 401, { error: 'unauthorized' });
        return;
      }
      const signing = find(apiMatch[1] ?? '');
      if (!signing) {
        sendJson(response, 404, { error: 'not_found' });
        return;
      }
      sendJson(response, 200, signing.outcome);
      return;
    }
    const pageMatch = /^\/sign\/([0-9a-f-]{36})$/u.exec(path);
    if (pageMatch) {
      const signing = find(pageMatch[1] ?? '');
      if (!signing || signing.outcome.status !== 'pending') {
        sendHtml(
          response,
          404,
          messagePage(
            { ja: '署名の手続きが見つかりません', en: 'No such signing' },
            {
              ja: '時間が経って無効になったか、すでに終わっています。申請の画面からもう一度始めてください。',
              en: 'It expired or is already finished. Please start again from the application.',
            },
          ),
        );
        return;
      }
      if (request.method === 'GET') {
        sendHtml(response, 200, page(signing, defaultCard(signing), null));
        return;
      }
      if (request.method === 'POST') {
        await confirmOrCancel(signing, new URLSearchParams(await readBody(request)), response);
        return;
      }
    }
    sendJson(response, 404, { error: 'not_found' });
  };

  const page = (
    signing: Signing,
    selected: string | null,
    error: 'wrong_password' | 'no_card' | null,
  ) =>
    signingPage(
      {
        requestId: signing.id,
        formToken: signing.formToken,
        procedureTitle: signing.procedureTitle,
        municipalityName: signing.municipalityName,
        digestHex: signing.digestHex,
        cards: choices,
        selectedCardId: selected,
        error,
      },
      DEMO_SIGNING_PASSWORD,
    );

  const defaultCard = (signing: Signing): string | null =>
    signing.cardHint !== undefined && cards.has(signing.cardHint) ? signing.cardHint : null;

  const confirmOrCancel = async (
    signing: Signing,
    form: URLSearchParams,
    response: ServerResponse,
  ): Promise<void> => {
    if (form.get('formToken') !== signing.formToken) {
      sendHtml(
        response,
        403,
        messagePage(
          { ja: '操作を確認できません', en: 'The request could not be checked' },
          { ja: 'ページを読み込み直してください。', en: 'Please reload the page.' },
        ),
      );
      return;
    }
    if (form.get('action') === 'cancel') {
      signing.outcome = { status: 'cancelled' };
      redirect(response, signing.returnUrl);
      return;
    }
    const card: DemoCard | undefined = cards.get(form.get('cardId') ?? '');
    if (!card) {
      sendHtml(response, 422, page(signing, null, 'no_card'));
      return;
    }
    if (form.get('password') !== DEMO_SIGNING_PASSWORD) {
      sendHtml(response, 422, page(signing, card.cardId, 'wrong_password'));
      return;
    }
    const signature = await signDigestDetached({
      digest: new Uint8Array(Buffer.from(signing.digestHex, 'hex')),
      signer: card,
    });
    signing.outcome = { status: 'signed', signature: Buffer.from(signature).toString('base64') };
    logger.info(`signing ${signing.id} confirmed`);
    redirect(response, signing.returnUrl);
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      logger.warn(`request failed: ${error instanceof Error ? error.message : 'unknown error'}`);
      if (!response.headersSent) {
        sendJson(response, 500, { error: 'internal' });
      } else {
        response.end();
      }
    });
  });
  await new Promise<void>((resolve) =>
    server.listen(env.DEMO_TRUST_PORT, env.DEMO_TRUST_HOST, resolve),
  );
  const { port } = server.address() as AddressInfo;
  const publicUrl = env.DEMO_TRUST_PUBLIC_URL ?? `http://${env.DEMO_TRUST_HOST}:${port}`;
  return {
    url: publicUrl,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response
    .writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' })
    .end(JSON.stringify(body));
}

function sendHtml(response: ServerResponse, status: number, html: string): void {
  response
    .writeHead(status, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'content-security-policy':
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self' http: https:; frame-ancestors 'none'; base-uri 'none'",
      'referrer-policy': 'no-referrer',
      'x-content-type-options': 'nosniff',
    })
    .end(html);
}

function redirect(response: ServerResponse, location: string): void {
  response.writeHead(303, { location, 'cache-control': 'no-store' }).end();
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) {
      return '';
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}
