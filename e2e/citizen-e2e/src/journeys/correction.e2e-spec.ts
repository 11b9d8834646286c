import type { Page } from 'playwright-core';

import { fillForm, loadProcedureForm, submitForm } from '../support/fill-form.ts';
import { openProcedureFromHome } from '../support/find-procedure.ts';
import { useJourney } from '../support/journey.ts';
import { signInAsDemoAccount } from '../support/sign-in.ts';

const CHIYODA = '131016';
const PROCEDURE = 'pregnancy-notification';

const PHONE_NOTE = 'この番号につながりませんでした。日中につながる番号にしてください。';
const EMAIL_NOTE = 'メールが届きませんでした。アドレスを確かめてください。';
const OVERALL_MESSAGE = '電話番号とメールアドレスを確認して、送り直してください。';

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
  const { a11y, stack, openPersonPage } = useJourney('correction');

  it('shows only the two flagged fields editable with the office’s messages, takes the fix and shows the new status', async () => {
    const { urls } = stack();

    // The resident submits the 妊娠の届出 through the form
    const page = await openPersonPage('citizen');
    await signInAsDemoAccount(page, urls.citizen, 'resident', {
      account: /山田 花子/,
      a11y: { log: a11y, label: 'demo provider' },
    });
    const procedureForm = loadProcedureForm(PROCEDURE, CHIYODA);
    const checks = { a11y: { log: a11y, label: 'citizen: 妊娠の届出' } };
    await openProcedureFromHome(page, urls.citizen, procedureForm, checks);
    await fillForm(page, procedureForm, checks);
    const receiptNumber = await submitForm(page, checks);

    // The caseworker asks for the phone number and the e-mail address, a message for each
    const caseworker = await openPersonPage('caseworker');
    await signInAsDemoAccount(caseworker, urls.console, 'staff', { account: /佐藤 美咲/ });
    await caseworker.getByRole('link', { name: receiptNumber }).click();
    await caseworker.getByRole('button', { name: '処理を開始する' }).click();
    await caseworker.getByText('状態を「処理中」に変更しました。').waitFor();
    const picker = caseworker.getByRole('group', { name: /補正してもらう項目/ });
    await picker.getByRole('checkbox', { name: '電話番号', exact: true }).check();
    await caseworker.getByRole('textbox', { name: /「電話番号」について/ }).fill(PHONE_NOTE);
    await picker.getByRole('checkbox', { name: 'メールアドレス', exact: true }).check();
    await caseworker.getByRole('textbox', { name: /「メールアドレス」について/ }).fill(EMAIL_NOTE);
    await caseworker.getByRole('textbox', { name: /申請者への連絡/ }).fill(OVERALL_MESSAGE);
    await caseworker.getByRole('button', { name: '補正を依頼する' }).click();
    await caseworker.getByText('状態を「補正依頼」に変更しました。').waitFor();
    await a11y.check(caseworker, 'console: correction requested');

    // The resident finds the application in their list
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
