import type { LookupAddress, LookupOptions } from 'node:dns';
import type { Server } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import { OutboundHttp, OutboundRequestError } from './outbound-http.js';

type Receiver = { server: Server; port: number; connections: number; requests: number };

/** A real HTTP server on 127.0.0.1 that counts the connections and requests it gets. */
async function startReceiver(
  handler: Parameters<typeof createServer>[1] = (_request, response) =>
    void response.writeHead(201).end(),
): Promise<Receiver> {
  const receiver = { connections: 0, requests: 0 } as Receiver;
  receiver.server = createServer((request, response) => {
    receiver.requests += 1;
    request.resume();
    handler?.(request, response);
  });
  receiver.server.on('connection', () => (receiver.connections += 1));
  await new Promise<void>((resolve) => receiver.server.listen(0, '127.0.0.1', resolve));
  receiver.port = (receiver.server.address() as AddressInfo).port;
  return receiver;
}

async function stopReceiver(receiver: Receiver): Promise<void> {
  receiver.server.closeAllConnections();
  await new Promise<void>((resolve) => receiver.server.close(() => resolve()));
}

/** A resolver answering fixed addresses per name, as a hostile DNS server would. */
function fixedLookup(answers: Record<string, string[]>) {
  return (
    hostname: string,
    options: LookupOptions,
    callback: (
      error: NodeJS.ErrnoException | null,
      address: string | LookupAddress[],
      family?: number,
    ) => void,
  ) => {
    const addresses = answers[hostname];
    if (!addresses) {
      callback(Object.assign(new Error(`ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }), '', 0);
      return;
    }
    const all = addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
    if (options.all) {
      callback(null, all);
      return;
    }
    callback(null, all[0]!.address, all[0]!.family);
  };
}

async function failureOf(promise: Promise<unknown>): Promise<OutboundRequestError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof OutboundRequestError) {
      return error;
    }
    throw error;
  }
  throw new Error('expected the request to fail');
}

const POST = {
  headers: { 'content-type': 'application/octet-stream' },
  body: Buffer.from('x'),
  deadlineMs: 2000,
};

describe(OutboundHttp.name, () => {
  let receiver: Receiver;
  let guard: OutboundHttp;

  beforeEach(async () => {
    receiver = await startReceiver();
    // http allowed so that the address check, not the scheme, is what refuses.
    guard = new OutboundHttp({ isPlainHttpAllowed: true });
  });

  afterEach(async () => {
    guard.close();
    await stopReceiver(receiver);
  });

  it('refuses the loopback receiver that is listening, without connecting to it', async () => {
    // Act
    const error = await failureOf(guard.post(`http://127.0.0.1:${receiver.port}/push/a`, POST));

    // Assert
    expect(error.reason).toBe('address_not_allowed');
    expect(error.isRefusal).toBe(true);
    expect(receiver.connections).toBe(0);
  });

  it.each([
    ['private 10/8', 'http://10.1.2.3/'],
    ['private 172.16/12', 'http://172.16.5.4/'],
    ['private 172.31 (top of 172.16/12)', 'http://172.31.255.1/'],
    ['private 192.168/16', 'http://192.168.1.1/'],
    ['link-local', 'http://169.254.10.20/'],
    ['the cloud metadata service', 'http://169.254.169.254/latest/meta-data/'],
    ['0.0.0.0', 'http://0.0.0.0/'],
    ['CGNAT 100.64/10', 'http://100.64.0.1/'],
    ['IPv6 loopback ::1', 'http://[::1]/'],
    ['IPv4-mapped ::ffff:127.0.0.1', 'http://[::ffff:127.0.0.1]/'],
    ['IPv4-mapped private ::ffff:10.0.0.1', 'http://[::ffff:10.0.0.1]/'],
    ['unique-local fc00::/7', 'http://[fd12:3456::1]/'],
    ['IPv6 link-local fe80::/10', 'http://[fe80::1]/'],
    ['NAT64 of loopback', 'http://[64:ff9b::7f00:1]/'],
    ['decimal loopback 2130706433', 'http://2130706433/'],
    ['https to loopback', 'https://127.0.0.1/'],
  ])('refuses %s (%s)', async (_name, url) => {
    // Act
    const error = await failureOf(guard.post(url, POST));

    // Assert
    expect(error.reason).toBe('address_not_allowed');
  });

  it('refuses a name that resolves to loopback (localhost, through the system resolver)', async () => {
    // Act
    const error = await failureOf(guard.post(`http://localhost:${receiver.port}/push/a`, POST));

    // Assert
    expect(error.reason).toBe('address_not_allowed');
    expect(receiver.connections).toBe(0);
  });

  it('checks the address the socket connects to: a rebinding name answering 127.0.0.1 at connect time is refused', async () => {
    // Arrange: the name looked public to whoever checked it before; at connect time it answers loopback.
    let lookups = 0;
    const rebinding = fixedLookup({ 'push.rebind.test': ['127.0.0.1'] });
    const rebindingGuard = new OutboundHttp({
      isPlainHttpAllowed: true,
      lookup: (hostname, options, callback) => {
        lookups += 1;
        rebinding(hostname, options, callback);
      },
    });

    // Act
    const error = await failureOf(
      rebindingGuard.post(`http://push.rebind.test:${receiver.port}/push/a`, POST),
    );
    rebindingGuard.close();

    // Assert
    expect(error.reason).toBe('address_not_allowed');
    expect(lookups).toBeGreaterThan(0);
    expect(receiver.connections).toBe(0);
  });

  it('refuses a name with one private address among public ones', async () => {
    // Arrange
    const mixedGuard = new OutboundHttp({
      lookup: fixedLookup({ 'push.mixed.test': ['8.8.8.8', '10.0.0.7'] }),
    });

    // Act
    const error = await failureOf(mixedGuard.post('https://push.mixed.test/push/a', POST));
    mixedGuard.close();

    // Assert
    expect(error.reason).toBe('address_not_allowed');
  });

  it('lets a public address through the address check (it fails on the network here, not as a refusal)', async () => {
    // Arrange: 203.0.113.0/24 is documentation space (reserved); 8.8.8.8 is public unicast.
    const publicGuard = new OutboundHttp({
      lookup: fixedLookup({ 'push.public.test': ['8.8.8.8'] }),
    });

    // Act
    const error = await failureOf(
      publicGuard.post('https://push.public.test/push/a', { ...POST, deadlineMs: 300 }),
    );
    publicGuard.close();

    // Assert
    expect(['network_error', 'deadline_exceeded']).toContain(error.reason);
    expect(error.isRefusal).toBe(false);
  });

  it('refuses http:// unless plain http is allowed (tests), and every other scheme', async () => {
    // Arrange
    const httpsOnly = new OutboundHttp();

    // Act
    const plain = await failureOf(httpsOnly.post('http://push.example.com/a', POST));
    const file = await failureOf(httpsOnly.post('file:///etc/passwd', POST));
    const gopher = await failureOf(guard.post('gopher://push.example.com/a', POST));
    httpsOnly.close();

    // Assert
    expect(plain.reason).toBe('scheme_not_allowed');
    expect(file.reason).toBe('scheme_not_allowed');
    expect(gopher.reason).toBe('scheme_not_allowed');
  });

  it('refuses a URL carrying credentials and a string that is no URL', async () => {
    // Act
    const credentials = await failureOf(guard.post('https://user:secret@push.example.com/a', POST));
    const invalid = await failureOf(guard.post('not a url', POST));

    // Assert
    expect(credentials.reason).toBe('credentials_in_url');
    expect(invalid.reason).toBe('invalid_url');
  });

  it('lets a loopback exception (tests) reach the local receiver, and accepts no other exception', async () => {
    // Arrange
    const testGuard = new OutboundHttp({
      isPlainHttpAllowed: true,
      loopbackExceptions: ['127.0.0.1'],
    });

    // Act
    const response = await testGuard.post(`http://127.0.0.1:${receiver.port}/push/a`, POST);
    const metadata = await failureOf(
      testGuard.post('http://169.254.169.254/latest/meta-data/', POST),
    );
    testGuard.close();

    // Assert
    expect(response.status).toBe(201);
    expect(receiver.requests).toBe(1);
    expect(metadata.reason).toBe('address_not_allowed');
    expect(() => new OutboundHttp({ loopbackExceptions: ['10.0.0.1'] })).toThrow(/only loopback/);
    expect(() => new OutboundHttp({ loopbackExceptions: ['169.254.169.254'] })).toThrow(
      /only loopback/,
    );
    expect(() => new OutboundHttp({ loopbackExceptions: ['10.0.0.0/8'] })).toThrow(/only loopback/);
  });

  describe('the total deadline', () => {
    let slow: Receiver;

    beforeEach(async () => {
      // Answers the headers at once, then one byte every 100 ms, never ending: a socket timeout
      // (idle time) would never fire.
      slow = await startReceiver((_request, response) => {
        response.writeHead(201, { 'content-type': 'text/plain' });
        const trickle = setInterval(() => response.write('.'), 100);
        response.on('close', () => clearInterval(trickle));
      });
    });

    afterEach(async () => {
      await stopReceiver(slow);
    });

    it('cuts a trickling answer at the deadline', async () => {
      // Arrange
      const testGuard = new OutboundHttp({
        isPlainHttpAllowed: true,
        loopbackExceptions: ['127.0.0.1'],
      });
      const started = Date.now();

      // Act
      const error = await failureOf(
        testGuard.post(`http://127.0.0.1:${slow.port}/push/slow`, { ...POST, deadlineMs: 500 }),
      );
      const elapsed = Date.now() - started;
      testGuard.close();

      // Assert
      expect(error.reason).toBe('deadline_exceeded');
      expect(elapsed).toBeGreaterThanOrEqual(450);
      expect(elapsed).toBeLessThan(1500);
    });

    it('does not hold back the other requests of a batch', async () => {
      // Arrange
      const testGuard = new OutboundHttp({
        isPlainHttpAllowed: true,
        loopbackExceptions: ['127.0.0.1'],
      });
      const finishedAt: Record<string, number> = {};
      const started = Date.now();

      // Act
      const results = await Promise.allSettled([
        testGuard
          .post(`http://127.0.0.1:${slow.port}/push/slow`, { ...POST, deadlineMs: 800 })
          .finally(() => (finishedAt.slow = Date.now() - started)),
        testGuard
          .post(`http://127.0.0.1:${receiver.port}/push/fast`, { ...POST, deadlineMs: 800 })
          .finally(() => (finishedAt.fast = Date.now() - started)),
      ]);
      testGuard.close();

      // Assert
      expect(results[0]).toEqual({
        status: 'rejected',
        reason: expect.objectContaining({ reason: 'deadline_exceeded' }),
      });
      expect(results[1]).toEqual({ status: 'fulfilled', value: { status: 201 } });
      expect(finishedAt.fast).toBeLessThan(400);
      expect(finishedAt.slow).toBeGreaterThanOrEqual(750);
    });
  });
});
