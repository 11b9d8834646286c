import type { LookupFunction } from 'node:net';
import http from 'node:http';
import https from 'node:https';

import ipaddr from 'ipaddr.js';
import { RequestFilteringHttpAgent, RequestFilteringHttpsAgent } from 'request-filtering-agent';

/**
 * Why a request was not made or not finished. `scheme_not_allowed`, `credentials_in_url`,
 * `invalid_url` and `address_not_allowed` are refusals (nothing was sent); `deadline_exceeded`
 * and `network_error` are failures on the way (worth retrying).
 */
export type OutboundFailureReason =
  | 'invalid_url'
  | 'scheme_not_allowed'
  | 'credentials_in_url'
  | 'address_not_allowed'
  | 'deadline_exceeded'
  | 'network_error';

/** The one error an outbound request rejects with. */
export class OutboundRequestError extends Error {
  constructor(
    readonly reason: OutboundFailureReason,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'OutboundRequestError';
  }

  /** True when nothing was sent because the target is not one the platform may call. */
  get isRefusal(): boolean {
    return this.reason !== 'deadline_exceeded' && this.reason !== 'network_error';
  }
}

export type OutboundHttpOptions = {
  /**
   * Loopback addresses (`127.0.0.1`, `::1`) let through the address check: tests only, for a
   * local receiver. Anything else (a private, link-local or public address) is refused here, and
   * the apps refuse to start in production with any set.
   */
  loopbackExceptions?: readonly string[];
  /** `http:` URLs as well as `https:` (tests only, with `loopbackExceptions`). */
  isPlainHttpAllowed?: boolean;
  /** Resolves host names (default `dns.lookup`); whatever it answers is checked before connecting. */
  lookup?: LookupFunction;
  /** Sockets per origin; keep-alive reuses them (a push service gets many small requests). */
  maxSockets?: number;
};

export type OutboundPost = {
  headers: Record<string, string | number>;
  body: Buffer | null;
  /** Total time for the whole exchange: lookup, connect, TLS, sending, the answer and its body. */
  deadlineMs: number;
};

export type OutboundResponse = { status: number };

/** request-filtering-agent's refusal ("DNS lookup 127.0.0.1(family:4, host:…) is not allowed. Because, …"). */
const AGENT_REFUSAL = /^DNS lookup .* is not allowed\b/;

function assertLoopbackExceptions(addresses: readonly string[]): void {
  for (const address of addresses) {
    if (!ipaddr.isValid(address) || ipaddr.parse(address).range() !== 'loopback') {
      throw new Error(
        `outbound-http: only loopback addresses may be excepted (tests), not ${JSON.stringify(address)}`,
      );
    }
  }
}

/**
 * The guard every request the platform makes to a URL that a user chose or influenced goes
 * through (today: Web Push endpoints). The agents of `request-filtering-agent` check the address
 * a host name resolves to in the socket's own lookup, the one it then connects to, so a name that
 * answers a public address to an earlier check and 127.0.0.1 to the connection (DNS rebinding)
 * is still refused. Every range but public unicast is refused: loopback, RFC 1918, link-local
 * (169.254.169.254, the cloud metadata service), 0.0.0.0/8, CGNAT, fc00::/7, fe80::/10,
 * IPv4-mapped (::ffff:127.0.0.1), NAT64 and 6to4 (which embed an IPv4 address), multicast,
 * reserved. No redirect is followed (node:http does not), and each request has a total deadline:
 * a peer trickling its answer a byte at a time cannot hold the caller beyond it.
 */
export class OutboundHttp {
  private readonly httpsAgent: https.Agent;
  private readonly httpAgent: http.Agent | null;

  constructor(options: OutboundHttpOptions = {}) {
    const exceptions = options.loopbackExceptions ?? [];
    assertLoopbackExceptions(exceptions);
    const agentOptions = {
      keepAlive: true,
      maxSockets: options.maxSockets ?? 256,
      allowPrivateIPAddress: false,
      allowMetaIPAddress: false,
      allowIPAddressList: [...exceptions],
      ...(options.lookup ? { lookup: options.lookup } : {}),
    };
    this.httpsAgent = new RequestFilteringHttpsAgent(agentOptions);
    this.httpAgent = options.isPlainHttpAllowed
      ? new RequestFilteringHttpAgent(agentOptions)
      : null;
  }

  /** POSTs a body; resolves with the status once the answer is read (its body is discarded). */
  post(url: string, request: OutboundPost): Promise<OutboundResponse> {
    let target: URL;
    try {
      target = this.checkUrl(url);
    } catch (error) {
      return Promise.reject(toOutboundError(error));
    }
    const isHttps = target.protocol === 'https:';
    const transport = isHttps ? https : http;
    const agent = isHttps ? this.httpsAgent : this.httpAgent;
    return new Promise((resolve, reject) => {
      let isSettled = false;
      const settle = (outcome: () => void): void => {
        if (!isSettled) {
          isSettled = true;
          clearTimeout(deadline);
          outcome();
        }
      };
      const outgoing = transport.request(
        target,
        { method: 'POST', headers: request.headers, agent: agent ?? undefined },
        (response) => {
          response.on('data', () => undefined);
          response.on('end', () => settle(() => resolve({ status: response.statusCode ?? 0 })));
          response.on('error', (error) => settle(() => reject(toOutboundError(error))));
          response.on('aborted', () =>
            settle(() =>
              reject(new OutboundRequestError('network_error', 'the answer was cut off')),
            ),
          );
        },
      );
      const deadline = setTimeout(() => {
        const error = new OutboundRequestError(
          'deadline_exceeded',
          `no complete answer within ${request.deadlineMs} ms`,
        );
        settle(() => reject(error));
        outgoing.destroy(error);
      }, request.deadlineMs);
      outgoing.on('error', (error) => settle(() => reject(toOutboundError(error))));
      outgoing.end(request.body ?? undefined);
    });
  }

  /** Closes the kept-alive sockets (at shutdown). */
  close(): void {
    this.httpsAgent.destroy();
    this.httpAgent?.destroy();
  }

  private checkUrl(url: string): URL {
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      throw new OutboundRequestError('invalid_url', 'not a URL');
    }
    const isAllowedScheme =
      target.protocol === 'https:' || (target.protocol === 'http:' && this.httpAgent !== null);
    if (!isAllowedScheme) {
      throw new OutboundRequestError(
        'scheme_not_allowed',
        `${target.protocol} is not allowed (https only)`,
      );
    }
    if (target.username !== '' || target.password !== '') {
      throw new OutboundRequestError('credentials_in_url', 'a URL with credentials is not called');
    }
    return target;
  }
}

function toOutboundError(error: unknown): OutboundRequestError {
  if (error instanceof OutboundRequestError) {
    return error;
  }
  const message = error instanceof Error ? error.message : String(error);
  if (AGENT_REFUSAL.test(message)) {
    return new OutboundRequestError('address_not_allowed', message, { cause: error });
  }
  return new OutboundRequestError('network_error', message, { cause: error });
}
