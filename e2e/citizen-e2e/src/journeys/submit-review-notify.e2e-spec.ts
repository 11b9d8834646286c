import { resolveRelativeDate } from '@madoguchi/forms-schema';
import { todayInJapan } from '@madoguchi/shared-util-dates';
import type { Page } from 'playwright-core';

import type { AccessibilityLog } from '../support/accessibility-log.ts';
import { useJourney } from '../support/journey.ts';
import { signInFromSignInPage } from '../support/sign-in.ts';

const RECEIPT_NUMBER = /[34679ACDEFGHJKMNPQRTWXY]{4}-[34679ACDEFGHJKMNPQRTWXY]{4}/;

async function fillPregnancyNotification(page: Page, a11y: AccessibilityLog): Promise<void> {
  // Step 1: who is filing
  await page
    .getByRole('group', { name: '届出・申請をする人' })
    .getByLabel('本人', { exact: true })
    .check();
  await a11y.check(page, 'citizen: form step 1');
  await page.getByRole('button', { name: '次へ' }).click();

  // Step 2: the pregnant person (a 和暦 date and full-width digits on purpose: the engine normalises them)
  const name = page.getByRole('group', { name: '妊婦の氏名' });
  await name.getByLabel('姓', { exact: true }).fill('山田');
  await name.getByLabel('名', { exact: true }).fill('花子');
  await name.getByLabel('フリガナ・姓', { exact: true }).fill('やまだ');
  await name.getByLabel('フリガナ・名', { exact: true }).fill('ハナコ');
  await page.getByLabel('生年月日', { exact: false }).first().fill('平成8年4月12日');
  await page.getByLabel('個人番号（マイナンバー）', { exact: false }).first().fill('314159265352');
  const address = page.getByRole('group', { name: '住所' });
  await address.getByLabel('郵便番号', { exact: false }).fill('１０２－００７２');
  await address.getByLabel('都道府県', { exact: false }).selectOption({ label: '東京都' });
  await address.getByLabel('市区町村', { exact: false }).fill('千代田区');
  await address.getByLabel('町名', { exact: false }).fill('飯田橋');
  await address.getByLabel('番地', { exact: false }).fill('一丁目1番1号');
  await page.getByLabel('電話番号', { exact: false }).first().fill('090-1234-5678');
  await a11y.check(page, 'citizen: form step 2');
  await page.getByRole('button', { name: '次へ' }).click();
  // Every completed step is saved as a draft (一時保存) that can be resumed on another device.
  await page.getByText(/入力内容を一時保存しました/).waitFor();

  // Step 3: the pregnancy
  // Within the next 10 months (the form's range) on any day the journey runs.
  await page
    .getByLabel('出産予定日', { exact: false })
    .first()
    .fill(resolveRelativeDate('today+P6M', todayInJapan()));
  await page.getByLabel('診断を受けたときの妊娠週数', { exact: false }).first().fill('8');
  await page
    .getByLabel('診断を受けた医療機関', { exact: false })
    .first()
    .fill('千代田さくらクリニック');
  await page
    .getByRole('group', { name: '多胎妊娠（双子など）ですか' })
    .getByLabel('いいえ')
    .check();
  await page.getByRole('group', { name: '初めての妊娠ですか' }).getByLabel('はい').check();
  await a11y.check(page, 'citizen: form step 3');
  await page.getByRole('button', { name: '次へ' }).click();

  // Step 4: health and consent
  await page.getByRole('group', { name: '喫煙' }).getByLabel('吸わない').check();
  await page
    .getByRole('group', { name: '同居の家族に喫煙する人はいますか' })
    .getByLabel('いいえ')
    .check();
  await page.getByRole('group', { name: '飲酒' }).getByLabel('飲まない').check();
  await page.getByRole('checkbox', { name: /同意します/ }).check();
  await a11y.check(page, 'citizen: form step 4');
}

describe('the walking skeleton: citizen app → API → worker → console → citizen app', () => {
  const { a11y, stack, openPersonPage } = useJourney('journey');

  it('submits a 妊娠の届出, is received, reviewed by staff, and the resident sees both notifications', async () => {
    const { urls } = stack();
    const citizen = await openPersonPage('citizen', { isMobile: true });

    // The resident signs in and finds the procedure
    await citizen.goto(`${urls.citizen}/`);
    await a11y.check(citizen, 'citizen: home');
    await citizen.getByRole('link', { name: 'サインイン' }).click();
    await a11y.check(citizen, 'citizen: sign-in');
    await signInFromSignInPage(citizen, 'resident', {
      account: /山田 花子/,
      a11y: { log: a11y, label: 'demo identity provider: resident accounts' },
    });
    await citizen.getByLabel('自治体の名前またはコード').fill('千代田');
    await citizen.getByRole('button', { name: '名前で探す' }).click();
    await citizen.getByRole('link', { name: '東京都 千代田区を選ぶ' }).click();
    await citizen.getByRole('searchbox', { name: 'キーワード' }).fill('妊娠');
    await citizen.getByRole('button', { name: '検索', exact: true }).click();
    await citizen.getByRole('link', { name: /妊娠の届出/ }).click();
    // The procedure page first (what to prepare), then the form
    await citizen.getByRole('link', { name: '申請をはじめる' }).click();
    await citizen.getByRole('heading', { level: 1, name: /妊娠の届出/ }).waitFor();

    // A step with a missing answer is refused with the engine's message, nothing is lost
    await citizen.getByRole('button', { name: '次へ' }).click();
    await citizen.getByRole('alert').first().waitFor();
    await a11y.check(citizen, 'citizen: form step 1 with errors');

    await fillPregnancyNotification(citizen, a11y);
    await citizen.getByRole('button', { name: '確認画面へ進む' }).click();
    await citizen.getByRole('heading', { name: '入力内容の確認' }).waitFor();
    // The 個人番号 is never shown in full once entered
    expect(await citizen.getByText('314159265352').count()).toBe(0);
    await a11y.check(citizen, 'citizen: confirmation');
    await citizen.getByRole('button', { name: '送信する' }).click();

    // The receipt with its 受付番号
    await citizen.getByRole('heading', { name: '申請を受け付けました' }).waitFor();
    const receiptText = (await citizen.locator('main').textContent()) ?? '';
    const receiptNumber = RECEIPT_NUMBER.exec(receiptText)?.[0];
    expect(receiptNumber).toBeDefined();
    await a11y.check(citizen, 'citizen: receipt');

    // The worker tells the resident: 受け付けました
    await citizen
      .getByRole('link', { name: /お知らせ/ })
      .first()
      .click();
    await citizen.getByText('受け付けました').first().waitFor({ timeout: 30_000 });
    await a11y.check(citizen, 'citizen: notifications (1)');

    // A staff member of 千代田区 finds it in the console and starts the review
    const office = await openPersonPage('console');
    await office.goto(`${urls.console}/`);
    await office.getByRole('heading', { level: 1, name: '職員サインイン' }).waitFor();
    await a11y.check(office, 'console: sign-in');
    await signInFromSignInPage(office, 'staff', {
      account: /佐藤 美咲/,
      a11y: { log: a11y, label: 'demo identity provider: staff accounts' },
    });
    await office.getByRole('link', { name: receiptNumber! }).waitFor();
    await a11y.check(office, 'console: work queue');
    await office.getByRole('link', { name: receiptNumber! }).click();
    await office.getByRole('heading', { level: 1 }).waitFor();
    expect(await office.getByText('314159265352').count()).toBe(0);
    await a11y.check(office, 'console: application detail');
    await office.getByLabel(/申請者への連絡/).fill('書類を確認しています。');
    await office.getByRole('button', { name: '処理を開始する' }).click();
    await office.getByText('処理中').first().waitFor();
    await a11y.check(office, 'console: after transition');

    // The failed deliveries staff may send again (none in this journey: the empty list)
    await office.getByRole('link', { name: '送信に失敗した通知' }).click();
    await office.getByRole('heading', { level: 1, name: '送信に失敗した通知' }).waitFor();
    await office.getByRole('table', { name: /再送を待つ通知 \d+ 件/ }).waitFor();
    await a11y.check(office, 'console: failed notifications');

    // The resident sees the new status and a second notification
    await citizen.getByRole('link', { name: '申請一覧' }).first().click();
    await citizen.getByRole('link', { name: new RegExp(receiptNumber!) }).click();
    await citizen.getByText('処理中').first().waitFor();
    await citizen.getByText('書類を確認しています。').first().waitFor();
    await a11y.check(citizen, 'citizen: application detail');
    await citizen
      .getByRole('link', { name: /お知らせ/ })
      .first()
      .click();
    await citizen
      .getByText('申請の状況が「処理中」になりました')
      .first()
      .waitFor({ timeout: 30_000 });
    await a11y.check(citizen, 'citizen: notifications (2)');

    // The settings (channels, quiet hours, 見守り) and the life records behind the reminders.
    await citizen
      .getByRole('link', { name: /お知らせの受け取り方を設定する/ })
      .first()
      .click();
    await citizen.getByRole('heading', { level: 1 }).first().waitFor();
    await a11y.check(citizen, 'citizen: notification settings');
    await citizen.getByRole('link', { name: /通知のもとになっている情報/ }).click();
    await citizen.getByRole('heading', { level: 1, name: '通知のもとになっている情報' }).waitFor();
    await a11y.check(citizen, 'citizen: life records');

    expect(a11y.failures).toEqual([]);
    expect(a11y.visitedLabels.length).toBeGreaterThanOrEqual(16);
  });
});
