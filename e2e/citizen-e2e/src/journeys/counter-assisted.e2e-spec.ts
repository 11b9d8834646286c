import { readFileSync } from 'node:fs';

import type { Page } from 'playwright-core';

import { fillForm, loadProcedureForm } from '../support/fill-form.ts';
import { useJourney } from '../support/journey.ts';
import { signInFromSignInPage } from '../support/sign-in.ts';

const RECEIPT_NUMBER = /[34679ACDEFGHJKMNPQRTWXY]{4}-[34679ACDEFGHJKMNPQRTWXY]{4}/;
const CHIYODA = '131016';

/** Presses what downloads a file and returns the bytes the browser saved. */
async function downloadBy(page: Page, press: () => Promise<void>): Promise<Buffer> {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    press(),
  ]);
  return readFileSync(await download.path());
}

function isPdf(file: Buffer): boolean {
  return file.subarray(0, 5).toString('latin1') === '%PDF-';
}

describe('書かない窓口: staff fill at the counter, the resident confirms on their phone', () => {
  const { a11y, stack, openPersonPage } = useJourney('counter');

  it('is filled by staff with a scanned document, confirmed by the resident in a second browser, and shows both', async () => {
    const { urls } = stack();

    // A staff member of 千代田区 at the counter
    const office = await openPersonPage('console');
    await office.goto(`${urls.console}/`);
    await signInFromSignInPage(office, 'staff', { account: /佐藤 美咲/ });
    await office.getByRole('link', { name: '窓口で入力' }).click();
    await office.getByRole('heading', { level: 1, name: /窓口で入力/ }).waitFor();

    // The identity check at the counter, then the procedure
    await office.getByRole('radio', { name: 'マイナンバーカード' }).check();
    await office.getByRole('combobox', { name: /手続/ }).selectOption({ label: '妊娠の届出' });
    await a11y.check(office, 'console: counter identity check');
    await office.getByRole('button', { name: '申請書の入力へ進む' }).click();

    // The same form the resident would see, filled by staff, with the document the resident
    // brought scanned into its slot (the same upload as a resident's: inspected, scanned)
    const form = loadProcedureForm('pregnancy-notification', CHIYODA);
    await office.getByText(/スキャンするか撮影して添付書類の欄に添付できます/).waitFor();
    await fillForm(
      office,
      { ...form, answers: { ...form.answers, pregnancyProof: ['the scan'] } },
      { a11y: { log: a11y, label: 'console: counter form' } },
    );
    await office.getByRole('button', { name: '送信する' }).click();

    // The QR code and, beside it, the same link as text: what the resident's phone opens
    await office.getByRole('img', { name: '申請者のスマートフォン用の QR コード' }).waitFor();
    await a11y.check(office, 'console: counter link');
    const link = (await office.getByText(/\/counter\/confirm#token=/).innerText()).trim();
    expect(link.startsWith(`${urls.citizen}/counter/confirm#`)).toBe(true);

    // The resident, on their own phone (no account), opens the link and confirms
    const resident = await openPersonPage('citizen', { isMobile: true });
    await resident.goto(link);
    await resident.getByRole('heading', { level: 1, name: '窓口で入力した申請の確認' }).waitFor();
    await resident.getByText('マイナンバーカード').first().waitFor();
    await resident.getByText('小田原').first().waitFor();
    // The 個人番号 is shown masked, never in full
    expect(await resident.getByText('314159265352').count()).toBe(0);
    // The scanned document, before confirming: its slot, how many, its name
    const documents = resident.getByRole('region', { name: '窓口で添付した書類' });
    await documents.getByRole('heading', { name: /妊娠を確認できる書類（1 件）/ }).waitFor();
    const fileName = (await documents.getByTestId('counter-attachment').innerText()).trim();
    // A PNG (the first sample type): shown as an image on demand
    expect(fileName).toBe('pregnancyProof-1.png');
    await documents.getByRole('button', { name: `${fileName} の画像を見る` }).click();
    await documents.getByRole('img', { name: `${fileName} の画像` }).waitFor();
    await a11y.check(resident, 'citizen: counter confirmation');
    await resident.getByRole('button', { name: '確認して申請する' }).click();
    await resident.getByRole('status').filter({ hasText: '申請しました' }).waitFor();
    const receiptNumber = RECEIPT_NUMBER.exec(await resident.getByRole('main').innerText())?.[0];
    expect(receiptNumber).toBeDefined();
    await a11y.check(resident, 'citizen: counter confirmed');
    // Without an account, the 控え comes by the same link, for a while
    const receipt = await downloadBy(resident, () =>
      resident.getByRole('button', { name: '控えをダウンロードする（PDF）' }).click(),
    );
    expect(isPdf(receipt)).toBe(true);

    // The link works once
    await resident.reload();
    await resident.getByText(/すでに使われました/).waitFor();

    // Staff see who filled it and that the resident confirmed it (QR), with the same 受付番号
    await office.getByText(`受付番号は ${receiptNumber!} です`, { exact: false }).waitFor({
      timeout: 30_000,
    });
    await office.getByText(/申請者のスマートフォン（QR）で .* に確認されました/).waitFor();
    await office
      .getByText(/佐藤 美咲/)
      .first()
      .waitFor();
    await a11y.check(office, 'console: counter confirmed');
    // Staff print the 控え for the resident too
    const printed = await downloadBy(office, () =>
      office.getByRole('button', { name: '控えを印刷する（PDF）' }).click(),
    );
    expect(isPdf(printed)).toBe(true);
    await office.getByRole('link', { name: '申請の詳細を開く' }).click();
    await office.getByText(receiptNumber!).first().waitFor();
    // The review shows the scanned document like any attachment
    await office.getByText(fileName).first().waitFor();
    await a11y.check(office, 'console: counter application review');

    // The counter's list says it was confirmed
    await office.getByRole('link', { name: '窓口で入力' }).click();
    const table = office.getByRole('table', { name: '窓口で入力した申請の一覧' });
    await table
      .getByRole('row', { name: /小田原/ })
      .filter({ hasText: '確認済み' })
      .first()
      .waitFor();
    await a11y.check(office, 'console: counter list');

    expect(a11y.failures).toEqual([]);
  });
});
