import type { ChildProcess } from 'node:child_process';
import { execFileSync, spawn } from 'node:child_process';

import { ROOT, waitFor } from './api-process.js';
import { SEEDS_DIR } from './api-test-app.js';

export const CITIZEN_APP = 'http://127.0.0.1:5173';
export const CONSOLE_APP = 'http://127.0.0.1:5174';

export type DemoIdp = { issuer: string; child: ChildProcess };

/** A browser's cookies for one site: name → value. */
export type CookieJar = Map<string, string>;

/**
 * The demo identity provider (apps/demo-idp) as a separate process, as in `npm start` (built
 * first, incrementally: apps never import apps), sending residents back to CITIZEN_APP and staff
 * to CONSOLE_APP. Give the API under test `OIDC_ISSUER_URL: issuer`.
 */
export async function startDemoIdp(port: number): Promise<DemoIdp> {
  execFileSync(
    process.execPath,
    ['node_modules/typescript/bin/tsc', '-b', 'apps/demo-idp/tsconfig.app.json'],
    { cwd: ROOT, stdio: 'pipe' },
  );
  const child = spawn(process.execPath, ['apps/demo-idp/dist/main.js'], {
    cwd: ROOT,
    stdio: 'ignore',
    env: {
      NODE_ENV: 'test',
      DEMO_IDP_PORT: String(port),
      DEMO_IDP_CITIZEN_REDIRECT_URIS: `${CITIZEN_APP}/api/auth/callback`,
      DEMO_IDP_CONSOLE_REDIRECT_URIS: `${CONSOLE_APP}/api/auth/callback`,
      SEEDS_DIR,
      LOG_LEVEL: 'silent',
    },
  });
  const issuer = `http://127.0.0.1:${port}`;
  try {
    await waitFor(
      () =>
        fetch(`${issuer}/.well-known/openid-configuration`).then(
          (response) => (response.ok ? true : undefined),
          () => undefined,
        ),
      10_000,
      'the demo identity provider to listen',
    );
  } catch (error) {
    child.kill();
    throw error;
  }
  return { issuer, child };
}

export function keepCookies(jar: CookieJar, setCookie: readonly string[]): void {
  for (const header of setCookie) {
    const [pair = ''] = header.split(';');
    const separator = pair.indexOf('=');
    const value = pair.slice(separator + 1);
    if (value === '' || /expires=Thu, 01 Jan 1970/i.test(header)) {
      jar.delete(pair.slice(0, separator));
    } else {
      jar.set(pair.slice(0, separator), value);
    }
  }
}

export function cookieHeader(jar: CookieJar): string {
  return [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
}

/**
 * The browser at the provider: follows its redirects with its own cookies and picks the demo
 * account, or cancels (`accountId` null: the page's cancel button). Returns the URL the provider
 * sends the browser back to: the app's callback with `code` and `state` (or `error`).
 */
export async function chooseAccountAtProvider(
  authorizationUrl: string,
  accountId: string | null,
  form: Record<string, string> = {},
): Promise<URL> {
  const jar: CookieJar = new Map();
  const visit = async (url: string, init: RequestInit = {}): Promise<Response> => {
    const response = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: {
        ...(init.headers as Record<string, string> | undefined),
        cookie: cookieHeader(jar),
      },
    });
    keepCookies(jar, response.headers.getSetCookie());
    return response;
  };
  const provider = new URL(authorizationUrl).origin;
  let response = await visit(authorizationUrl);
  const interaction = new URL(response.headers.get('location') ?? '', provider).href;
  response = await visit(interaction);
  if (!(await response.text()).includes('としてログイン')) {
    throw new Error(`the demo provider showed no account choice at ${interaction}`);
  }
  response = await visit(`${interaction}/${accountId === null ? 'abort' : 'login'}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(accountId === null ? {} : { accountId, ...form }).toString(),
  });
  let location = new URL(response.headers.get('location') ?? '', provider);
  while (location.origin === provider) {
    response = await visit(location.href);
    location = new URL(response.headers.get('location') ?? '', provider);
  }
  return location;
}
