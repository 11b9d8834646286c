/**
 * Which Web Push endpoints the platform will call. An endpoint is a URL the resident's browser
 * hands over, so it is user input the worker POSTs to: only https, only on a push service's host
 * (issue #11, SSRF). The API checks it at registration and the worker again before each send;
 * the addresses the host resolves to are checked at connect time by the outbound guard.
 */

/**
 * The push services of the major browsers (RFC 8030 endpoints as `PushSubscription.endpoint`
 * gives them): Chrome / Chromium-based (FCM), Firefox (Mozilla autopush), Safari (Apple), Edge
 * (WNS). `*.` matches any subdomain, not the name itself.
 */
export const DEFAULT_PUSH_SERVICE_HOSTS = [
  'fcm.googleapis.com',
  'updates.push.services.mozilla.com',
  '*.push.services.mozilla.com',
  '*.push.apple.com',
  '*.notify.windows.com',
] as const;

/** More active subscriptions than this per resident are refused (each device or browser is one). */
export const MAX_ACTIVE_PUSH_SUBSCRIPTIONS_PER_RESIDENT = 10;

export type PushEndpointPolicy = {
  /** Host names or `*.suffix` patterns (DEFAULT_PUSH_SERVICE_HOSTS unless configured). */
  serviceHosts: readonly string[];
  /**
   * Tests only (a local receiver): `http://127.0.0.1:<port>` and `http://[::1]:<port>` too. The
   * apps refuse to start in production with it.
   */
  isLoopbackAllowed: boolean;
};

export const PUSH_ENDPOINT_REFUSALS = [
  'push_endpoint_not_https',
  'push_endpoint_host_not_allowed',
] as const;
/** Why an endpoint is refused: not https (or not a URL), or a host that is no configured push service. */
export type PushEndpointRefusal = (typeof PUSH_ENDPOINT_REFUSALS)[number];

/**
 * The WHATWG URL parser, global in browsers and Node alike; declared here because this pure
 * library compiles without DOM or Node types. A URL is parsed by it, never by a regular expression.
 */
type ParsedUrl = {
  protocol: string;
  hostname: string;
  port: string;
  username: string;
  password: string;
};
declare const URL: new (input: string) => ParsedUrl;

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '[::1]']);
const DNS_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/** A host name of two labels or more, optionally `*.` before it; never an IP address. */
export function isPushServiceHostPattern(pattern: string): boolean {
  const name = pattern.startsWith('*.') ? pattern.slice(2) : pattern;
  const labels = name.split('.');
  const isNumeric =
    labels.every((label) => /^[0-9]+$/.test(label)) || /^[0-9]+$/.test(labels.at(-1) ?? '');
  return labels.length >= 2 && !isNumeric && labels.every((label) => DNS_LABEL.test(label));
}

function matchesHost(hostname: string, pattern: string): boolean {
  if (pattern.startsWith('*.')) {
    const suffix = pattern.slice(1);
    return hostname.endsWith(suffix) && hostname.length > suffix.length;
  }
  return hostname === pattern;
}

/** Null when the platform may POST to the endpoint; otherwise the reason it may not. */
export function checkPushEndpoint(
  endpoint: string,
  policy: PushEndpointPolicy,
): PushEndpointRefusal | null {
  let url: ParsedUrl;
  try {
    url = new URL(endpoint);
  } catch {
    return 'push_endpoint_not_https';
  }
  if (
    policy.isLoopbackAllowed &&
    LOOPBACK_HOSTS.has(url.hostname) &&
    (url.protocol === 'http:' || url.protocol === 'https:')
  ) {
    return null;
  }
  if (url.protocol !== 'https:') {
    return 'push_endpoint_not_https';
  }
  // Push services answer on 443; another port, or credentials in the URL, is no browser's endpoint.
  if (url.port !== '' || url.username !== '' || url.password !== '') {
    return 'push_endpoint_host_not_allowed';
  }
  const hostname = url.hostname.toLowerCase();
  return policy.serviceHosts.some((pattern) => matchesHost(hostname, pattern.toLowerCase()))
    ? null
    : 'push_endpoint_host_not_allowed';
}
