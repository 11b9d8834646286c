import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { CertifiedKey } from '@madoguchi/server-trust';
import { signDigestDetached } from '@madoguchi/server-trust';

type Pending = {
  digestHex: string;
  returnUrl: string;
  cardHint: string;
  outcome:
    { status: 'pending' } | { status: 'cancelled' } | { status: 'signed'; signature: string };
};

export type TestSigningService = {
  readonly url: string;
  readonly secret: string;
  /** What the API asked to sign, by the signer's request id (taken from the signing URL). */
  request(signingUrl: string): Pending;
  /** The resident confirms on the signer with `card`: the request is signed. */
  confirm(signingUrl: string, card: CertifiedKey, digestHex?: string): Promise<void>;
  cancel(signingUrl: string): void;
  stop(): Promise<void>;
};

/**
 * A signing service speaking apps/demo-trust's server-to-server protocol, in process, for the API's
 * integration tests: the test plays the resident's confirmation (which card signs, or over which
 * digest, to try the refusals).
 */
export async function startTestSigningService(): Promise<TestSigningService> {
  const secret = `test-signer-${randomUUID()}`;
  const requests = new Map<string, Pending>();
  const server: Server = createServer((req, res) => {
    const answer = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.headers.authorization !== `Bearer ${secret}`) {
      answer(401, { error: 'unauthorized' });
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      if (req.method === 'POST' && req.url === '/api/signing-requests') {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Omit<Pending, 'outcome'>;
        const id = randomUUID();
        requests.set(id, { ...body, outcome: { status: 'pending' } });
        answer(201, { requestId: id, signingUrl: `${url}/sign/${id}` });
        return;
      }
      const match = /^\/api\/signing-requests\/([\w-]+)$/u.exec(req.url ?? '');
      const found = match?.[1] ? requests.get(match[1]) : undefined;
      if (req.method === 'GET' && found) {
        answer(200, found.outcome);
        return;
      }
      answer(404, { error: 'not_found' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const find = (signingUrl: string): Pending => {
    const id = signingUrl.split('/').at(-1) ?? '';
    const found = requests.get(id);
    if (!found) {
      throw new Error(`no signing request at ${signingUrl}`);
    }
    return found;
  };
  return {
    url,
    secret,
    request: find,
    async confirm(signingUrl, card, digestHex) {
      const pending = find(signingUrl);
      const signature = await signDigestDetached({
        digest: new Uint8Array(Buffer.from(digestHex ?? pending.digestHex, 'hex')),
        signer: card,
      });
      pending.outcome = { status: 'signed', signature: Buffer.from(signature).toString('base64') };
    },
    cancel(signingUrl) {
      find(signingUrl).outcome = { status: 'cancelled' };
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
