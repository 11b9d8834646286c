import { readFileSync } from 'node:fs';

import type { Page } from 'playwright-core';

import type { AccessibilityLog } from '../support/accessibility-log.ts';
import {
  downloadReceiptPdf,
  fillForm,
  loadProcedureForm,
  submitForm,
} from '../support/fill-form.ts';
import { openProcedureFromHome } from '../support/find-procedure.ts';
import { useJourney } from '../support/journey.ts';
import { signInAsDemoAccount } from '../support/sign-in.ts';

const CHIYODA = '131016';
const PROCEDURE = 'pregnancy-notification';

/** On the public verify page: uploads a PDF and returns the verdict's notice once shown. */
async function verifyPdf(
  page: Page,
  citizenUrl: string,
  pdf: Buffer,
  name: string,
  a11y: AccessibilityLog,
  label: string,
) {
  await page.goto(`${citizenUrl}/verify`);
  await page.getByRole('heading', { level: 1, name: '控え・通知書の確認' }).waitFor();
  await a11y.check(page, `citizen: verify page (${label})`);
  await page
    .getByLabel(/^控え・通知書のPDF/)
    .setInputFiles({ name, mimeType: 'application/pdf', buffer: pdf });
  await page.getByRole('button', { name: '確認する' }).first().click();
  await page.getByText('改ざんされていません').waitFor({ timeout: 30_000 });
  await page.getByText('千代田区長（千代田区）').waitFor();
  await page
    .getByText(/\d{4}年\d{1,2}月\d{1,2}日/)
    .first()
    .waitFor();
  await a11y.check(page, `citizen: verified (${label})`);
}

describe('a sealed, time-stamped 控え and 決定通知書, checked on the public verify page', () => {
  const { a11y, stack, openPersonPage } = useJourney('sealed');

  it('the resident submits, downloads the sealed 控え and finds it unchanged on /verify; staff decide, and the resident downloads the sealed 決定通知書', async () => {
    const { urls } = stack();

    // The resident submits a 妊娠の届出 and downloads the 控え
    const citizen = await openPersonPage('citizen');
    await signInAsDemoAccount(citizen, urls.citizen, 'resident', { account: /山田 花子/ });
    const form = loadProcedureForm(PROCEDURE, CHIYODA);
    const checks = { a11y: { log: a11y, label: 'citizen: 妊娠の届出' } };
    await openProcedureFromHome(citizen, urls.citizen, form, checks);
    await fillForm(citizen, form, checks);
    const receiptNumber = await submitForm(citizen, checks);
    const receipt = await downloadReceiptPdf(citizen);

    // … uploads it on the verify page: unchanged, sealed by 千代田区長, with the time
    await verifyPdf(citizen, urls.citizen, receipt, `${receiptNumber}.pdf`, a11y, '控え');

    // … and one changed byte is seen
    const changed = Buffer.from(receipt);
    const middle = Math.floor(changed.length / 3);
    changed[middle] = (changed[middle] ?? 0) ^ 0x01;
    await citizen
      .getByLabel(/^控え・通知書のPDF/)
      .setInputFiles({ name: 'changed.pdf', mimeType: 'application/pdf', buffer: changed });
    await citizen.getByRole('button', { name: '確認する' }).first().click();
    await citizen.getByText('改ざんされています').waitFor({ timeout: 30_000 });
    await a11y.check(citizen, 'citizen: verify page, a changed 控え');

    // Staff review it, draft 処理完了, and the approver decides
    const caseworker = await openPersonPage('caseworker');
    await signInAsDemoAccount(caseworker, urls.console, 'staff', { account: /佐藤 美咲/ });
    await caseworker.getByRole('link', { name: receiptNumber }).click();
    await caseworker.getByRole('button', { name: '処理を開始する' }).click();
    await caseworker.getByText('状態を「処理中」に変更しました。').waitFor();
    await caseworker
      .getByRole('group', { name: /決裁案/ })
      .getByLabel('処理完了', { exact: true })
      .check();
    await caseworker.getByRole('button', { name: '決裁に回す' }).click();
    await caseworker.getByText('状態を「承認待ち」に変更しました。').waitFor();

    const approver = await openPersonPage('approver');
    await signInAsDemoAccount(approver, urls.console, 'staff', { account: /高橋 由美/ });
    await approver.getByRole('link', { name: receiptNumber }).click();
    await approver.getByRole('button', { name: /^処理を完了する/ }).click();
    await approver.getByText('状態を「処理完了」に変更しました。').waitFor();
    await approver.getByRole('link', { name: '決定通知書（PDF）を開く' }).waitFor();
    await a11y.check(approver, 'console: completed, with the 決定通知書');

    // The resident downloads the sealed 決定通知書 from the application's page and checks it
    await citizen.goto(`${urls.citizen}/`);
    await citizen.getByRole('link', { name: '申請一覧' }).first().click();
    await citizen.getByRole('link', { name: new RegExp(receiptNumber) }).click();
    await citizen.getByText('処理完了').first().waitFor();
    await a11y.check(citizen, 'citizen: application completed');
    const [download] = await Promise.all([
      citizen.waitForEvent('download', { timeout: 30_000 }),
      citizen.getByRole('link', { name: '決定通知書（PDF）をダウンロード' }).click(),
    ]);
    const notice = readFileSync(await download.path());
    expect(notice.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await verifyPdf(
      citizen,
      urls.citizen,
      notice,
      `${receiptNumber}-notice.pdf`,
      a11y,
      '決定通知書',
    );

    expect(a11y.failures).toEqual([]);
  });
});
