import type { Page } from 'playwright-core';

import type { AccessibilityLog } from './accessibility-log.ts';

/** The sign-in link of each app's sign-in page. */
export const SIGN_IN_LINKS = {
  resident: 'マイナンバーカード等でログイン',
  staff: '職員アカウントでサインイン / Sign in',
} as const;

export type DemoSignInOptions = {
  /** The account's button on the demo provider's page, e.g. /山田 花子/. */
  account: string | RegExp;
  /** When given, the demo provider's page is axe-checked under this label. */
  a11y?: { log: AccessibilityLog; label: string };
};

/**
 * From an app's sign-in page: follows its sign-in link through the API to the demo OpenID
 * provider, picks the account there, and waits until the browser is back on the app.
 */
export async function signInFromSignInPage(
  page: Page,
  audience: keyof typeof SIGN_IN_LINKS,
  options: DemoSignInOptions,
): Promise<void> {
  const appOrigin = new URL(page.url()).origin;
  await page.getByRole('link', { name: SIGN_IN_LINKS[audience] }).click();
  await page
    .getByRole('heading', { level: 1, name: /ログインするアカウントを選んでください/ })
    .waitFor();
  if (options.a11y) {
    await options.a11y.log.check(page, options.a11y.label);
  }
  await page.getByRole('button', { name: options.account }).click();
  await page.waitForURL((url) => url.origin === appOrigin && !url.pathname.startsWith('/api/'));
}

/** Opens `<appUrl>/sign-in` and signs in there as a demo account (journeys that start signed out). */
export async function signInAsDemoAccount(
  page: Page,
  appUrl: string,
  audience: keyof typeof SIGN_IN_LINKS,
  options: DemoSignInOptions,
): Promise<void> {
  await page.goto(`${appUrl}/sign-in`);
  await signInFromSignInPage(page, audience, options);
}
