import type { AddressInfo } from 'node:net';

import type { Browser } from 'playwright-core';
import { chromium } from 'playwright-core';

import type { ApiTestApp } from '../support/api-test-app.js';
import { startApiTestApp } from '../support/api-test-app.js';

const CHROMIUM = '/usr/bin/chromium';

/**
 * The two HTML pages the API serves render in a real browser under the API's CSP, with no
 * violation (zod's `new Function` probe aside: it is caught and has a fallback).
 */
describe('Swagger UI and the queue dashboard under the API’s CSP (Chromium)', () => {
  let app: ApiTestApp;
  let browser: Browser;
  let origin: string;

  beforeAll(async () => {
    app = await startApiTestApp();
    await app.app.listen(0, '127.0.0.1');
    origin = `http://127.0.0.1:${(app.app.getHttpServer().address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });

  afterAll(async () => {
    await browser.close();
    await app.close();
  });

  async function violationsOn(
    path: string,
    cookie: string | null,
    ready: string,
  ): Promise<{ violations: string[]; text: string }> {
    const context = await browser.newContext();
    if (cookie !== null) {
      const [name = '', value = ''] = cookie.split('=');
      await context.addCookies([{ name, value, url: origin }]);
    }
    const page = await context.newPage();
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
    // A string: the API's tsconfig has no DOM types, and the script runs in the page anyway.
    await page.addInitScript({
      content:
        "document.addEventListener('securitypolicyviolation', (event) => window.reportViolation(event.violatedDirective + ' ' + event.blockedURI));",
    });
    await page.goto(`${origin}${path}`);
    await page.locator(ready).first().waitFor({ timeout: 20_000 });
    const text = await page.locator('body').innerText();
    await context.close();
    return {
      violations: violations.filter((violation) => !violation.startsWith('script-src eval')),
      text,
    };
  }

  it('renders Swagger UI with the operations listed', async () => {
    const { violations, text } = await violationsOn('/api/docs', null, '.opblock');

    expect(violations).toEqual([]);
    expect(text).toContain('/api/health');
  }, 60_000);

  it('renders the queue dashboard for the operator with its queues', async () => {
    const operator = await app.signIn('operator-madoguchi-kato');

    const { violations, text } = await violationsOn(
      '/api/staff/queues',
      operator,
      'text=notification-deliveries',
    );

    // bull-board links Google Fonts; the CSP blocks it on purpose (nothing loads from outside).
    expect(violations.filter((violation) => !violation.includes('fonts.googleapis.com'))).toEqual(
      [],
    );
    expect(text).toContain('notifications');
  }, 60_000);
});
