import type { ECDH } from 'node:crypto';
import { createECDH, createPublicKey, randomBytes, verify } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import { decrypt } from 'http_ece';

export type ReceivedPush = {
  subscription: string;
  payload: { id: string; tag: string; title: string; body: string; url: string };
  /** The VAPID JWT's `sub` claim, after checking its ES256 signature with the `k` key. */
  vapidSubject: string;
  ttl: string | undefined;
  /** The `Topic` header (RFC 8030 §5.4). */
  topic: string | undefined;
  /** When it arrived (ms since the epoch). */
  receivedAt: number;
};

type Device = {
  ecdh: ECDH;
  authSecret: Buffer;
  status: number;
  isAsleep: boolean;
  pending: ReceivedPush[];
  delivered: ReceivedPush[];
};

function base64url(buffer: Buffer): string {
  return buffer.toString('base64url');
}

/**
 * A stand-in for a push service and the browser behind it: each subscription has its own P-256
 * key pair and auth secret (as a browser's PushSubscription), every push is checked for a valid
 * VAPID signature and decrypted with http_ece (RFC 8291, aes128gcm), and `shown` keeps one
 * notification per tag, as the service worker does (`showNotification({ tag })`).
 * `received` is every push the service accepted. As a push service does (RFC 8030 §5.4, §6), it
 * holds pushes for a device that is asleep, a push with the topic of one still held replaces it,
 * and `wake` hands the held pushes to the device (`delivered`).
 */
export class PushReceiver {
  readonly received: ReceivedPush[] = [];
  private readonly devices = new Map<string, Device>();
  private readonly server = createServer(
    (request, response) => void this.onRequest(request, response),
  );
  private baseUrl = '';
  /** Called on every push before answering (the SIGKILL test kills the worker from here). */
  onPush: ((push: ReceivedPush) => void) | null = null;

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.baseUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** A new browser subscription, as `PushSubscription.toJSON()`; `status` is what the service answers. */
  subscribe(
    name: string,
    status = 201,
    options: { isAsleep?: boolean } = {},
  ): { endpoint: string; keys: { p256dh: string; auth: string } } {
    const ecdh = createECDH('prime256v1');
    ecdh.generateKeys();
    const authSecret = randomBytes(16);
    this.devices.set(name, {
      ecdh,
      authSecret,
      status,
      isAsleep: options.isAsleep ?? false,
      pending: [],
      delivered: [],
    });
    return {
      endpoint: `${this.baseUrl}/push/${name}`,
      keys: { p256dh: base64url(ecdh.getPublicKey()), auth: base64url(authSecret) },
    };
  }

  setStatus(name: string, status: number): void {
    const device = this.devices.get(name);
    if (device) {
      device.status = status;
    }
  }

  /** Every device comes online: the pushes held for it are delivered, in order. */
  wake(): void {
    for (const device of this.devices.values()) {
      device.isAsleep = false;
      device.delivered.push(...device.pending.splice(0));
    }
  }

  /** The pushes each device got from the push service, by subscription name. */
  delivered(): Map<string, ReceivedPush[]> {
    return new Map([...this.devices].map(([name, device]) => [name, device.delivered]));
  }

  /** Notifications a user would see: one per tag (a re-sent push replaces, not repeats). */
  shown(): ReceivedPush[] {
    const byTag = new Map<string, ReceivedPush>();
    for (const push of this.received) {
      byTag.set(push.payload.tag, push);
    }
    return [...byTag.values()];
  }

  private hold(device: Device, push: ReceivedPush): void {
    if (!device.isAsleep) {
      device.delivered.push(push);
      return;
    }
    const sameTopic =
      push.topic === undefined ? -1 : device.pending.findIndex((held) => held.topic === push.topic);
    if (sameTopic >= 0) {
      device.pending[sameTopic] = push;
    } else {
      device.pending.push(push);
    }
  }

  private async onRequest(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) {
      chunks.push(chunk as Buffer);
    }
    const name = decodeURIComponent((request.url ?? '').replace(/^\/push\//, ''));
    const device = this.devices.get(name);
    if (!device || request.method !== 'POST') {
      response.writeHead(404).end();
      return;
    }
    if (device.status === 404 || device.status === 410) {
      response.writeHead(device.status).end();
      return;
    }
    try {
      if (request.headers['content-encoding'] !== 'aes128gcm') {
        throw new Error('expected aes128gcm');
      }
      const vapidSubject = verifyVapid(
        String(request.headers.authorization ?? ''),
        `${this.baseUrl}`,
      );
      const plain = decrypt(Buffer.concat(chunks), {
        version: 'aes128gcm',
        privateKey: device.ecdh,
        authSecret: device.authSecret,
      });
      const push: ReceivedPush = {
        subscription: name,
        payload: JSON.parse(plain.toString('utf8')) as ReceivedPush['payload'],
        vapidSubject,
        ttl: request.headers.ttl as string | undefined,
        topic: request.headers.topic as string | undefined,
        receivedAt: Date.now(),
      };
      if (device.status >= 200 && device.status < 300) {
        this.received.push(push);
        this.hold(device, push);
      }
      this.onPush?.(push);
      response.writeHead(device.status).end();
    } catch (error) {
      response
        .writeHead(400, { 'content-type': 'text/plain' })
        .end(error instanceof Error ? error.message : 'bad push');
    }
  }
}

/** Checks `Authorization: vapid t=<JWT>, k=<public key>` (RFC 8292): ES256 signature, audience, expiry. */
function verifyVapid(header: string, audience: string): string {
  const match = /^vapid t=([^,]+),\s*k=(.+)$/.exec(header);
  if (!match) {
    throw new Error('no VAPID authorization');
  }
  const [headerPart, claimsPart, signaturePart] = match[1]!.split('.') as [string, string, string];
  const publicKey = Buffer.from(match[2]!, 'base64url');
  const key = createPublicKey({
    key: {
      kty: 'EC',
      crv: 'P-256',
      x: publicKey.subarray(1, 33).toString('base64url'),
      y: publicKey.subarray(33, 65).toString('base64url'),
    },
    format: 'jwk',
  });
  const isValid = verify(
    'sha256',
    Buffer.from(`${headerPart}.${claimsPart}`),
    { key, dsaEncoding: 'ieee-p1363' },
    Buffer.from(signaturePart, 'base64url'),
  );
  const claims = JSON.parse(Buffer.from(claimsPart, 'base64url').toString('utf8')) as {
    aud: string;
    exp: number;
    sub: string;
  };
  if (!isValid || claims.aud !== audience || claims.exp * 1000 < Date.now()) {
    throw new Error('invalid VAPID token');
  }
  return claims.sub;
}
