import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import type { Page } from 'playwright-core';

import type { BrowserSession } from '../support/browser.ts';
import { findAccessibilityViolations, launchBrowser, newPersonPage } from '../support/browser.ts';
import { signInAsDemoAccount } from '../support/sign-in.ts';
import { readStackState } from '../support/stack-state.ts';

// 千代田区 accepts all 27 standard procedures in the seeds.
const MUNICIPALITY = '131016';
const PROCEDURE_IDS = readdirSync(fileURLToPath(new URL('../../../../seeds/forms/', import.meta.url))).sort();

describe('every standard form in the citizen app', () => {
  let session: BrowserSession | undefined;
  let page: Page;

  beforeAll(async () => {
    session = await launchBrowser();
    page = (await newPersonPage(session.browser, { isMobile: true })).page;
    const { urls } = readStackState();
    await signInAsDemoAccount(page, urls.citizen, 'resident', { account: /山田 花子/ });
  });

  afterAll(async () => {
    await session?.close();
  });

  it('has the 27 procedures of the seeds', () => {
    expect(PROCEDURE_IDS).toHaveLength(27);
  });

  it.each(PROCEDURE_IDS)('renders %s with no accessibility violation on its first step', async (procedureId) => {
    const { urls } = readStackState();

    await page.goto(`${urls.citizen}/municipalities/${MUNICIPALITY}/procedures/${procedureId}/apply`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('button', { name: '次へ' }).or(page.getByRole('button', { name: '確認画面へ進む' })).first().waitFor();
    await page.waitForLoadState('networkidle');

    expect(await page.getByText(/ステップ 1 \//).count()).toBeGreaterThan(0);
    expect(await findAccessibilityViolations(page)).toEqual([]);
  });
});
