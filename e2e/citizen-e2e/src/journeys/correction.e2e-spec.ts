import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { resolveSampleDates } from '@madoguchi/forms-schema';
import pg from 'pg';
import type { Page } from 'playwright-core';

import { AccessibilityLog } from '../support/accessibility-log.ts';
import type { BrowserSession } from '../support/browser.ts';
import { captureForDebugging, launchBrowser, newPersonPage } from '../support/browser.ts';
import { signInAsDemoAccount } from '../support/sign-in.ts';
import type { StackState } from '../support/stack-state.ts';
import { readStackState } from '../support/stack-state.ts';

const CHIYODA = '131016';
const PROCEDURE = 'pregnancy-notification';
const SEEDS = new URL('../../../../seeds/', import.meta.url);
const SAMPLE = fileURLToPath(new URL(`forms/${PROCEDURE}/samples/valid.json`, SEEDS));
const ACCOUNTS = fileURLToPath(new URL('demo/accounts.json', SEEDS));

const PHONE_NOTE = 'この番号につながりませんでした。日中につながる番号にしてください。';
const EMAIL_NOTE = 'メールが届きませんでした。アドレスを確かめてください。';
const OVERALL_MESSAGE = '電話番号とメールアドレスを確認して、送り直してください。';

type DemoAccount = { id: string; description?: string } & Record<string, unknown>;

/**
 * Setup only, before any browser opens: a session of a demo account written straight into the
 * stack's database (as the API's SessionStore writes one), so the setup can call the API.
 */
async function openSetupSession(
  client: pg.Client,
  accountId: string,
): Promise<{ cookie: string; idHash: string }> {
  const { accounts } = JSON.parse(readFileSync(ACCOUNTS, 'utf8')) as { accounts: DemoAccount[] };
  const account = accounts.find((candidate) => candidate.id === accountId);
  if (!account) {
    throw new Error(`no demo account ${accountId}`);
  }
  const { description: _description, ...actor } = account;
  const sessionId = randomBytes(32).toString('base64url');
  const idHash = createHash('sha256').update(sessionId).digest('hex');
  await client.query(
    `INSERT INTO sessions (id_hash, actor, expires_at) VALUES ($1, $2, now() + interval '10 minutes')`,
    [idHash, JSON.stringify(actor)],
  );
  return { cookie: `madoguchi_session=${sessionId}`, idHash };
}

async function callApi(
  state: StackState,
  cookie: string,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
) {
  const response = await fetch(`${state.urls.api}${path}`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/json', 'x-madoguchi-csrf': '1', ...headers },
    body: JSON.stringify(body),
  });
  if (!response.ok) {
    throw new Error(`${path}: ${response.status} ${await response.text()}`);
  }
  return (await response.json()) as { id: string; receiptNumber: string; status: string };
}

/** The resident's 妊娠の届出 submitted, then a 補正依頼 of two fields with a message for each. */
async function submitAndAskForCorrection(state: StackState): Promise<string> {
  const client = new pg.Client({ connectionString: state.databaseUrl });
  await client.connect();
  try {
    const resident = await openSetupSession(client, 'resident-yamada-hanako');
    const staff = await openSetupSession(client, 'staff-chiyoda-sato');
    const answers = resolveSampleDates(
      JSON.parse(readFileSync(SAMPLE, 'utf8')) as Record<string, unknown>,
    );
    const submitted = await callApi(
      state,
      resident.cookie,
      '/api/applications',
      { municipalityCode: CHIYODA, procedureId: PROCEDURE, formVersion: 1, answers },
      { 'idempotency-key': `e2e-correction-${Date.now()}` },
    );
    await callApi(state, staff.cookie, `/api/staff/applications/${submitted.id}/transitions`, {
      to: 'in_review',
    });
    const asked = await callApi(
      state,
      staff.cookie,
      `/api/staff/applications/${submitted.id}/transitions`,
      {
        to: 'correction_requested',
        messageToResident: OVERALL_MESSAGE,
        fieldsToFix: [
          { path: 'phone', message: PHONE_NOTE },
          { path: 'email', message: EMAIL_NOTE },
        ],
      },
    );
    if (asked.status !== 'correction_requested') {
      throw new Error(`the correction request left the application ${asked.status}`);
    }
    // The setup's sessions end here: the browser signs in on its own.
    await client.query('DELETE FROM sessions WHERE id_hash = ANY($1)', [
      [resident.idHash, staff.idHash],
    ]);
    return submitted.receiptNumber;
  } finally {
    await client.end();
  }
}

/** The text of the elements a control's aria-describedby names: what a screen reader tells with it. */
async function accessibleDescription(page: Page, name: RegExp): Promise<string> {
  return page.getByRole('textbox', { name }).evaluate((element) =>
    (element.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' '),
  );
}

describe('a 補正依頼 of two fields, corrected by the resident', () => {
  let session: BrowserSession | undefined;
  let receiptNumber = '';
  let citizen: Page | undefined;
  const a11y = new AccessibilityLog();

  beforeAll(async () => {
    receiptNumber = await submitAndAskForCorrection(readStackState());
    session = await launchBrowser();
  });

  afterEach(async () => {
    if (citizen) {
      await captureForDebugging(citizen, 'correction-citizen');
    }
  });

  afterAll(async () => {
    await session?.close();
  });

  it('shows only the two flagged fields editable with the office’s messages, takes the fix and shows the new status', async () => {
    const { urls } = readStackState();
    citizen = (await newPersonPage(session!.browser)).page;
    const page = citizen;

    // The resident signs in and finds the application in their list
    await signInAsDemoAccount(page, urls.citizen, 'resident', {
      account: /山田 花子/,
      a11y: { log: a11y, label: 'demo provider' },
    });
    await page.getByRole('link', { name: '申請一覧' }).first().click();
    await page.getByRole('link', { name: new RegExp(receiptNumber) }).click();
    await page.getByText('申請先から修正（補正）を求められています').waitFor();
    await page.getByText(OVERALL_MESSAGE).first().waitFor();
    await a11y.check(page, 'citizen: application with a correction request');

    // The correction page: the office's message, the two fields and nothing else to type in
    await page.getByRole('link', { name: '申請内容を修正する' }).click();
    await page.getByRole('heading', { level: 2, name: '直してほしい項目' }).waitFor();
    const form = page.locator('form[aria-labelledby="form-step-heading"]');
    await form.getByRole('textbox', { name: /電話番号/ }).waitFor();
    const editable = await form
      .locator(
        'input:not([type=hidden]):not([disabled]), select:not([disabled]), textarea:not([disabled])',
      )
      .count();
    expect(editable).toBe(2);
    expect(await accessibleDescription(page, /電話番号/)).toContain(PHONE_NOTE);
    expect(await accessibleDescription(page, /メールアドレス/)).toContain(EMAIL_NOTE);
    await form.getByText('小田原 花子（オダワラ ハナコ）').waitFor();
    await a11y.check(page, 'citizen: correction form');

    // The resident fixes both and resubmits after the confirmation
    await form.getByRole('textbox', { name: /電話番号/ }).fill('03-3264-2111');
    await form.getByRole('textbox', { name: /メールアドレス/ }).fill('hanako.odawara@example.jp');
    await page.getByRole('button', { name: '確認画面へ進む' }).click();
    await page.getByRole('heading', { level: 2, name: '入力内容の確認' }).waitFor();
    await page.getByText('hanako.odawara@example.jp').waitFor();
    await a11y.check(page, 'citizen: correction confirmation');
    await page.getByRole('button', { name: '送信する' }).click();

    // Back on the application: sent, and its status is 再送信
    await page.getByText('修正した申請を送りました。').waitFor();
    await page.getByText('再送信').first().waitFor();
    expect(await page.getByText('申請先から修正（補正）を求められています').count()).toBe(0);
    await a11y.check(page, 'citizen: application resubmitted');

    expect(a11y.failures).toEqual([]);
  });
});
