import { todayInJapan } from '@madoguchi/shared-util-dates';
import type { Page } from 'playwright-core';

import { AccessibilityLog } from '../support/accessibility-log.ts';
import type { BrowserSession } from '../support/browser.ts';
import { captureForDebugging, launchBrowser, newPersonPage } from '../support/browser.ts';
import { fillForm, loadProcedureForm, submitForm } from '../support/fill-form.ts';
import { signInAsDemoAccount } from '../support/sign-in.ts';
import { readStackState } from '../support/stack-state.ts';

const CHIYODA = '131016';
const BUNDLE = ['childcare-benefit-certification', 'childcare-facility-application'] as const;
const RECEIPT_NUMBER = /^[34679ACDEFGHJKMNPQRTWXY]{4}-[34679ACDEFGHJKMNPQRTWXY]{4}$/;

/** A child's birth date about a year and a half ago (under 3, so 保育 certification applies). */
function birthDateOfToddler(): string {
  const [year, month] = todayInJapan().split('-').map(Number) as [number, number];
  const birth = new Date(Date.UTC(year, month - 1 - 18, 10));
  return birth.toISOString().slice(0, 10);
}

describe('finding procedures: from a 郵便番号 to a bundle of two, both submitted', () => {
  let session: BrowserSession | undefined;
  let page: Page | undefined;

  beforeAll(async () => {
    session = await launchBrowser();
  });

  afterEach(async () => {
    if (page) {
      await captureForDebugging(page, 'find-and-bundle');
    }
  });

  afterAll(async () => {
    await session?.close();
  });

  it('finds 千代田区 by 郵便番号, asks the questionnaire, and submits the two procedures it suggests as a bundle', async () => {
    const { urls } = readStackState();
    const log = new AccessibilityLog();
    const resident = await newPersonPage(session!.browser, { isMobile: true });
    page = resident.page;
    await signInAsDemoAccount(page, urls.citizen, 'resident', { account: /山田 花子/ });

    // The home page: 郵便番号 → the municipality
    await page.goto(`${urls.citizen}/`);
    await page.getByRole('heading', { level: 1, name: '手続をさがす' }).waitFor();
    await log.check(page, 'home');
    await page.getByLabel('郵便番号', { exact: true }).fill('102-0074');
    await page.getByRole('button', { name: '郵便番号で探す' }).click();
    await page.getByRole('link', { name: '東京都 千代田区を選ぶ' }).click();
    await page.getByText('申請先：東京都 千代田区').waitFor();
    await log.check(page, 'home: 千代田区 chosen');

    // The questionnaire: a child of a year and a half, both parents working
    const answer = async (legend: string, choice: string) => {
      const group = page!.getByRole('group', { name: new RegExp(`^${legend}`) });
      await group.getByRole('radio', { name: choice, exact: true }).check();
    };
    await page.getByRole('button', { name: '必要な手続をしらべる' }).click();
    await page
      .getByRole('alert')
      .getByRole('link', { name: 'どれか一つを選んでください。' })
      .first()
      .waitFor();
    await log.check(page, 'questionnaire: error summary');
    await answer('ご家族に、妊娠している方はいますか', 'いいえ');
    await answer('お子さん（18歳まで）', 'はい');
    await page.getByLabel('1人目のお子さんの生年月日').fill(birthDateOfToddler());
    await answer('いま、この自治体から児童手当を受け取っていますか', 'はい');
    await answer('保護者は全員、仕事などで日中お子さんをみられませんか', 'はい');
    await answer('ご家族に、介護が必要な方はいますか', 'いいえ');
    await answer('最近、この自治体に引っ越してきましたか', 'いいえ');
    await answer('災害で住まいに被害がありましたか', 'いいえ');
    await page.getByRole('button', { name: '必要な手続をしらべる' }).click();

    // The procedures that fit, each with its reason
    const results = page.getByRole('region', { name: 'あなたに必要な手続', exact: true });
    await results.waitFor();
    const forms = BUNDLE.map((procedureId) => loadProcedureForm(procedureId, CHIYODA));
    for (const form of forms) {
      const item = results.getByRole('listitem').filter({
        has: page.getByRole('link', { name: form.definition.title.ja, exact: true }),
      });
      await item.waitFor();
      expect((await item.getByRole('definition').first().innerText()).length).toBeGreaterThan(10);
    }
    await log.check(page, 'questionnaire: results');

    // まとめて申請 of exactly these two
    const chooser = results.getByRole('group', { name: /まとめて申請する手続/ });
    for (const box of await chooser.getByRole('checkbox').all()) {
      const name = (await box.getAttribute('id')) ?? '';
      const label = await page.locator(`label[for="${name}"]`).innerText();
      const isWanted = forms.some((form) => form.definition.title.ja === label);
      await (isWanted ? box.check() : box.uncheck());
    }
    await results.getByRole('button', { name: '2件をまとめて申請する' }).click();

    const receipts: string[] = [];
    for (const [index, form] of forms.entries()) {
      const label = `${index + 1}/2 ${form.procedureId}`;
      // The procedure page, with the bundle's progress
      await page.getByRole('heading', { level: 1, name: form.definition.title.ja }).waitFor();
      await page.getByRole('navigation', { name: `まとめて申請：2件中${index + 1}件目` }).waitFor();
      await page.getByRole('heading', { name: '用意するもの' }).waitFor();
      await log.check(page, `${label}: procedure page`);
      await page.getByRole('link', { name: '申請をはじめる' }).click();
      await page.getByRole('heading', { level: 1, name: form.definition.title.ja }).waitFor();
      if (index > 0) {
        // What the first form asked is filled in already, and the resident is told so.
        await page.getByText('前の手続で入力した内容を入れました').waitFor();
      }
      await log.check(page, `${label}: form`);

      await fillForm(page, form, { a11y: { log, label } });
      const receiptNumber = await submitForm(page, { a11y: { log, label } });
      receipts.push(receiptNumber);
      await page.getByText(`まとめて申請：2件中${index + 1}件を送信しました`).waitFor();
      if (index === 0) {
        await page
          .getByRole('link', { name: `次の手続へ：${forms[1]!.definition.title.ja}` })
          .click();
      }
    }
    await page.getByText('まとめて申請した手続は、すべて送信しました。').waitFor();
    await log.check(page, 'bundle: all submitted');

    expect(receipts).toHaveLength(2);
    for (const receipt of receipts) {
      expect(receipt).toMatch(RECEIPT_NUMBER);
    }
    expect(new Set(receipts).size).toBe(2);
    expect(log.failures).toEqual([]);
  });
});
