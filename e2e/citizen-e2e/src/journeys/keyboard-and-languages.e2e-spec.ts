import type { Locale } from '@madoguchi/shared-util-i18n';
import type { Page } from 'playwright-core';

import { AccessibilityLog } from '../support/accessibility-log.ts';
import type { BrowserSession } from '../support/browser.ts';
import { captureForDebugging, launchBrowser, newPersonPage } from '../support/browser.ts';
import type { InputMode } from '../support/fill-form.ts';
import {
  downloadReceiptPdf,
  fillForm,
  loadProcedureForm,
  press,
  submitForm,
} from '../support/fill-form.ts';
import { openProcedureFromHome } from '../support/find-procedure.ts';
import { SIGN_IN_LINKS, signInAsDemoAccount } from '../support/sign-in.ts';
import { readStackState } from '../support/stack-state.ts';
import { UI_WORDS } from '../support/ui-words.ts';

// A short procedure with a required attachment (the damaged card), open to identity level 2.
const PROCEDURE = 'care-copayment-certificate-reissue';
const MUNICIPALITY = '131016';
const RECEIPT_NUMBER = /^[34679ACDEFGHJKMNPQRTWXY]{4}-[34679ACDEFGHJKMNPQRTWXY]{4}$/;

/** Signs in from the app's sign-in page through the demo provider, by pointer or keyboard. */
async function signIn(page: Page, input: InputMode, log: AccessibilityLog): Promise<void> {
  const { urls } = readStackState();
  await page.goto(`${urls.citizen}/sign-in`);
  await press(page, page.getByRole('link', { name: SIGN_IN_LINKS.resident }), input);
  await page
    .getByRole('heading', { level: 1, name: /ログインするアカウントを選んでください/ })
    .waitFor();
  await log.check(page, 'demo identity provider');
  await press(page, page.getByRole('button', { name: /渡辺 さくら/ }), input);
  await page.waitForURL((url) => url.origin === urls.citizen && !url.pathname.startsWith('/api/'));
}

/** The journey of one language: open the form, fill it, attach, confirm, submit, download the 控え. */
async function completeProcedure(
  page: Page,
  options: {
    locale: Locale;
    input: InputMode;
    log: AccessibilityLog;
    onPage?: (page: Page, label: string) => Promise<void>;
  },
): Promise<{ receiptNumber: string; pdf: Buffer }> {
  const { urls } = readStackState();
  const form = loadProcedureForm(PROCEDURE, MUNICIPALITY);
  await openProcedureFromHome(page, urls.citizen, form, {
    locale: options.locale,
    input: options.input,
    a11y: { log: options.log, label: options.locale },
    onPage: options.onPage,
  });
  const steps = {
    locale: options.locale,
    input: options.input,
    a11y: { log: options.log, label: options.locale },
    onPage: options.onPage,
  };
  await fillForm(page, form, steps);
  const receiptNumber = await submitForm(page, steps);
  const pdf = await downloadReceiptPdf(page, steps);
  return { receiptNumber, pdf };
}

/**
 * The staff side of the English journey: the caseworker switches the console to English and
 * finds the application in the work queue with its English status.
 */
async function findInEnglishConsole(
  page: Page,
  receiptNumber: string,
  log: AccessibilityLog,
): Promise<void> {
  const { urls } = readStackState();
  await signInAsDemoAccount(page, urls.console, 'staff', { account: /佐藤 美咲/ });
  await chooseLanguage(page, 'en', 'pointer');
  await page.getByRole('heading', { level: 1, name: 'Work queue' }).waitFor();
  // The queue lists the oldest first: the search finds this one whatever the other journeys left.
  await page
    .getByRole('searchbox', { name: 'Search by receipt number or applicant name' })
    .fill(receiptNumber);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  const row = page
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: receiptNumber }) });
  await row.getByText('Submitted').waitFor();
  await page.getByRole('combobox', { name: 'Filter by status' }).waitFor();
  await log.check(page, 'console work queue (en)');
}

/** Switches the interface language with the switcher in the page header. */
async function chooseLanguage(page: Page, locale: Locale, input: InputMode): Promise<void> {
  const button = page
    .getByRole('group', { name: '言語 / Language' })
    // The chosen language's button is shown with a tick before its name ("✓ English").
    .getByRole('button', { name: new RegExp(`^(?:✓\\s*)?${UI_WORDS[locale].languageButton}$`) });
  await press(page, button, input);
  // The switcher says which language is on (aria-pressed), as a screen reader tells it.
  for (let tries = 0; (await button.getAttribute('aria-pressed')) !== 'true'; tries += 1) {
    if (tries > 50) {
      throw new Error(`the switcher does not show ${locale} as chosen`);
    }
    await page.waitForTimeout(100);
  }
}

describe(`${PROCEDURE} with its attachment: by keyboard alone, and in English and やさしい日本語`, () => {
  let session: BrowserSession | undefined;
  let current: { name: string; page: Page } | undefined;

  beforeAll(async () => {
    session = await launchBrowser();
  });

  afterEach(async () => {
    if (current) {
      await captureForDebugging(current.page, `keyboard-and-languages-${current.name}`);
    }
    current = undefined;
  });

  afterAll(async () => {
    await session?.close();
  });

  it('is completed with the keyboard alone: Tab, Shift+Tab, Space, Enter, arrows, the file chooser', async () => {
    const { page } = await newPersonPage(session!.browser);
    current = { name: 'keyboard', page };
    const log = new AccessibilityLog();
    // No pointer from here on: every control is reached with Tab and worked with keys.
    await signIn(page, 'keyboard', log);

    const { receiptNumber, pdf } = await completeProcedure(page, {
      locale: 'ja',
      input: 'keyboard',
      log,
    });

    expect(receiptNumber).toMatch(RECEIPT_NUMBER);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(log.failures).toEqual([]);
  });

  it('passes in English', async () => {
    const { page } = await newPersonPage(session!.browser, { isMobile: true });
    current = { name: 'en', page };
    const log = new AccessibilityLog();
    await signIn(page, 'pointer', log);
    await chooseLanguage(page, 'en', 'pointer');

    const { receiptNumber, pdf } = await completeProcedure(page, {
      locale: 'en',
      input: 'pointer',
      log,
    });

    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(receiptNumber).toMatch(RECEIPT_NUMBER);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const { page: office } = await newPersonPage(session!.browser);
    current = { name: 'en-console', page: office };
    await findInEnglishConsole(office, receiptNumber, log);

    expect(await office.locator('html').getAttribute('lang')).toBe('en');
    expect(await office.title()).toBe('Work queue | Madoguchi staff console');
    expect(log.failures).toEqual([]);
  });

  it('passes in やさしい日本語, with furigana (<ruby>) on every page', async () => {
    const { page } = await newPersonPage(session!.browser, { isMobile: true });
    current = { name: 'easyJa', page };
    const log = new AccessibilityLog();
    await signIn(page, 'pointer', log);
    await chooseLanguage(page, 'easyJa', 'pointer');
    const pagesWithoutRuby: string[] = [];
    const countRuby = async (shown: Page, label: string) => {
      if ((await shown.locator('ruby').count()) === 0) {
        pagesWithoutRuby.push(label);
      }
    };

    const { receiptNumber, pdf } = await completeProcedure(page, {
      locale: 'easyJa',
      input: 'pointer',
      log,
      onPage: countRuby,
    });

    expect(receiptNumber).toMatch(RECEIPT_NUMBER);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pagesWithoutRuby).toEqual([]);
    expect(log.failures).toEqual([]);
  });
});
