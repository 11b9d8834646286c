import http from 'node:http';
import https from 'node:https';

const agents = {
  'http:': new http.Agent({ keepAlive: true, maxSockets: 256 }),
  'https:': new https.Agent({ keepAlive: true, maxSockets: 256 }),
};

/**
 * POSTs a body and resolves with the status code (the response body is drained). Plain
 * node:http(s) with keep-alive: a push service gets many small requests, and fetch costs more
 * CPU per request. Rejects on network errors and on timeout.
 */
export function postBuffer(url: string, headers: Record<string, string | number>, body: Buffer | null, timeoutMs: number): Promise<number> {
  const target = new URL(url);
  const transport = target.protocol === 'https:' ? https : http;
  const agent = target.protocol === 'https:' ? agents['https:'] : agents['http:'];
  return new Promise((resolve, reject) => {
    const request = transport.request(target, { method: 'POST', headers, agent, timeout: timeoutMs }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
      response.on('error', reject);
    });
    request.on('timeout', () => request.destroy(new Error('timeout')));
    request.on('error', reject);
    request.end(body ?? undefined);
  });
}
