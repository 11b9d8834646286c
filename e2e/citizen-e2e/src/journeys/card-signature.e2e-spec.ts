import type { Page } from 'playwright-core';

import { useJourney } from '../support/journey.ts';
import { fillForm, loadProcedureForm, submitForm } from '../support/fill-form.ts';
import { openProcedureFromHome } from '../support/find-procedure.ts';
import { signInAsDemoAccount } from '../support/sign-in.ts';

/** The demo signing password of every demo card, shown on the demo signer's page. */
const DEMO_SIGNING_PASSWORD = 'DEMO1234';

/** From a step opened with 変更する: 次へ (the answers kept) until the confirmation page is back. */
async function walkToConfirmation(page: Page): Promise<void> {
  const heading = page.getByRole('main').getByRole('heading', { level: 2 }).first();
  for (let steps = 0; steps < 10; steps += 1) {
    const shown = (await heading.textContent()) ?? '';
    if (shown.includes('入力内容の確認')) {
      return;
    }
    await page
      .getByRole('button', { name: /^(次へ|確認画面へ進む)$/ })
      .first()
      .click();
    await page.waitForFunction(
      (before) => document.querySelector('main h2')?.textContent !== before,
      shown,
    );
  }
  throw new Error('the confirmation page did not come back');
}

describe('a 児童手当 claim signed with the demo マイナンバーカード, through the UIs', () => {
  const { a11y, stack, openPersonPage } = useJourney('card-signature');

  it('signs on the demo signer, submits, and staff see 署名 有効 with the 基本4情報 comparison', async () => {
    const { urls } = stack();
    const form = loadProcedureForm('child-allowance-certification', '131016');
    const citizen = await openPersonPage('citizen');

    // The resident (マイナンバーカード level) fills the claim up to the confirmation page
    await signInAsDemoAccount(citizen, urls.citizen, 'resident', {
      account: /山田 花子/,
      a11y: { log: a11y, label: 'demo identity provider: resident accounts' },
    });
    await openProcedureFromHome(citizen, urls.citizen, form, {
      a11y: { log: a11y, label: 'citizen: find 児童手当' },
    });
    await fillForm(citizen, form, { a11y: { log: a11y, label: 'citizen: 児童手当' } });

    // マイナンバーカードで署名: the signer opens in its own tab over exactly these answers
    const section = citizen.getByRole('region', { name: 'マイナンバーカードで署名' });
    await section.getByText(/電子署名をすると/).waitFor();
    const [signer] = await Promise.all([
      citizen.context().waitForEvent('page'),
      section.getByRole('button', { name: 'マイナンバーカードで署名する' }).click(),
    ]);
    await signer.getByRole('heading', { level: 1, name: /マイナンバーカードで署名/ }).waitFor();
    // What is signed, and no personal data in the signer's URL
    await signer.getByText('児童手当の認定請求', { exact: false }).first().waitFor();
    expect(signer.url()).not.toMatch(/%E5%B1%B1|yamada|1994/i);
    await a11y.check(signer, 'demo signer: what you sign');

    // A wrong password is refused there; the right one signs with the card in hand
    await signer.getByLabel(/署名用パスワード/).fill('WRONG000');
    await signer.getByRole('button', { name: /^署名する/ }).click();
    await signer
      .getByRole('alert')
      .getByText(/署名用パスワードが違います/)
      .waitFor();
    await a11y.check(signer, 'demo signer: wrong password');
    expect(await signer.getByRole('radio', { name: /^山田\s花子$/ }).isChecked()).toBe(true);
    await signer.getByLabel(/署名用パスワード/).fill(DEMO_SIGNING_PASSWORD);
    await signer.getByRole('button', { name: /^署名する/ }).click();
    await signer.getByRole('heading', { level: 1, name: '署名の画面から戻りました' }).waitFor();
    await a11y.check(signer, 'citizen: back from the signer');
    await signer.close();

    // Back on the form: 署名済み with the name on the card
    await section.getByText('署名済み').waitFor({ timeout: 30_000 });
    await section.getByText(/山田\s花子 さんのマイナンバーカードで署名しました/).waitFor();
    await a11y.check(citizen, 'citizen: confirmation, signed');

    // An answer changed after signing drops the signature with a notice; the resident signs again
    await citizen.getByRole('button', { name: /^変更する\s*（請求者）$/ }).click();
    await citizen.getByLabel('電話番号', { exact: false }).first().fill('0465-33-9999');
    await walkToConfirmation(citizen);
    await section.getByText('もう一度署名してください').waitFor();
    await a11y.check(citizen, 'citizen: confirmation, signature dropped');
    const [again] = await Promise.all([
      citizen.context().waitForEvent('page'),
      section.getByRole('button', { name: 'マイナンバーカードで署名する' }).click(),
    ]);
    await again.getByLabel(/署名用パスワード/).fill(DEMO_SIGNING_PASSWORD);
    await again.getByRole('button', { name: /^署名する/ }).click();
    await again.getByRole('heading', { level: 1, name: '署名の画面から戻りました' }).waitFor();
    await again.close();
    await section.getByText('署名済み').waitFor({ timeout: 30_000 });
    const receiptNumber = await submitForm(citizen, {
      a11y: { log: a11y, label: 'citizen: 児童手当' },
    });

    // Staff of 千代田区 see the signature in the review
    const office = await openPersonPage('console');
    await signInAsDemoAccount(office, urls.console, 'staff', {
      account: /佐藤 美咲/,
      a11y: { log: a11y, label: 'demo identity provider: staff accounts' },
    });
    await office.getByRole('link', { name: receiptNumber }).click();
    const panel = office.getByRole('region', { name: '電子署名' });
    await panel.getByText('有効', { exact: true }).waitFor();
    await panel
      .getByText(/^山田\s花子$/)
      .first()
      .waitFor();
    await panel.getByText(/Demo JPKI 署名用認証局/).waitFor();
    const comparison = panel.getByRole('table', { name: /基本4情報の照合/ });
    const nameRow = comparison.getByRole('row', { name: /氏名/ });
    await nameRow.getByText(/^(一致|不一致)$/).waitFor();
    await a11y.check(office, 'console: review with the signature');

    expect(a11y.failures).toEqual([]);
    expect(a11y.visitedLabels.length).toBeGreaterThanOrEqual(8);
  });
});
