import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import { ProviderOriginError, providerFetch } from './provider-fetch.js';

describe(providerFetch.name, () => {
  const server = createServer((request, response) => {
    calls.push(request.url ?? '');
    response.writeHead(request.url === '/moved' ? 302 : 200, { location: 'http://127.0.0.1:9/' });
    response.end('{}');
  });
  let calls: string[] = [];
  let origin = '';

  beforeAll(async () => {
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => {
    server.close();
  });

  beforeEach(() => {
    calls = [];
  });

  const options = { body: undefined, headers: {}, method: 'GET', redirect: 'manual' } as never;

  it('calls the issuer’s own origin', async () => {
    const fetch = providerFetch(`${origin}/realms/madoguchi`, []);

    const response = await fetch(`${origin}/token`, options);

    expect(response.status).toBe(200);
    expect(calls).toEqual(['/token']);
  });

  it('refuses, without calling it, a URL of another origin the metadata names (an internal address included)', async () => {
    const fetch = providerFetch('https://idp.example.jp', []);

    await expect(fetch(`${origin}/token`, options)).rejects.toBeInstanceOf(ProviderOriginError);
    await expect(fetch('http://169.254.169.254/latest/meta-data/', options)).rejects.toThrow(
      'http://169.254.169.254',
    );
    expect(calls).toEqual([]);
  });

  it('calls an origin the operator added', async () => {
    const fetch = providerFetch('https://idp.example.jp', [origin]);

    await expect(fetch(`${origin}/jwks`, options)).resolves.toMatchObject({ status: 200 });
  });

  it('does not follow a redirect', async () => {
    const fetch = providerFetch(origin, []);

    const response = await fetch(`${origin}/moved`, options);

    expect(response.status).toBe(302);
    expect(calls).toEqual(['/moved']);
  });
});
