import { fillForm, loadProcedureForm, submitForm } from '../support/fill-form.ts';
import { openProcedureFromHome } from '../support/find-procedure.ts';
import { useJourney } from '../support/journey.ts';
import { signInAsDemoAccount } from '../support/sign-in.ts';

const CHIYODA = '131016';
const PROCEDURE = 'child-allowance-certification';

const PHONE_NOTE = '日中につながる番号にしてください。';
const ADDRESS_NOTE = '1月1日時点の住所を市区町村まで書いてください。';
const OVERALL_MESSAGE = '2つの項目を確認して、送り直してください。';

describe('a 児童手当 claim with two files: reviewed, corrected, and decided by a chain of two approvers', () => {
  const { a11y, stack, openPersonPage } = useJourney('review');

  it('the caseworker previews a file and asks for two fixes, the resident fixes only those, 係長 and 課長 approve (the 係長 only once)', async () => {
    const { urls } = stack();

    // The resident submits the claim with two attachments through the file inputs
    const citizen = await openPersonPage('citizen');
    await signInAsDemoAccount(citizen, urls.citizen, 'resident', { account: /山田 花子/ });
    const form = loadProcedureForm(PROCEDURE, CHIYODA, 'three-children-one-apart');
    const checks = { a11y: { log: a11y, label: 'citizen: 児童手当' } };
    await openProcedureFromHome(citizen, urls.citizen, form, checks);
    await fillForm(citizen, form, checks);
    const receiptNumber = await submitForm(citizen, checks);

    // The caseworker opens it: the files under their slots, one previewed inline
    const caseworker = await openPersonPage('caseworker');
    await signInAsDemoAccount(caseworker, urls.console, 'staff', { account: /佐藤 美咲/ });
    await caseworker.getByRole('link', { name: receiptNumber }).click();
    await caseworker.getByText('3 マイナンバーカード 以上', { exact: false }).waitFor();
    const custody = caseworker.getByRole('region', { name: '別居監護申立書' });
    await custody.getByText('separatedCustody-1', { exact: false }).waitFor();
    await caseworker.getByRole('region', { name: /監護相当・生計費/ }).waitFor();
    await custody.getByRole('button', { name: '表示' }).click();
    await custody
      .getByRole('img', { name: /プレビュー|ページ目/ })
      .first()
      .waitFor();
    await a11y.check(caseworker, 'console: application with a previewed file');
    await caseworker.getByRole('button', { name: '処理を開始する' }).click();
    await caseworker.getByText('状態を「処理中」に変更しました。').waitFor();

    // … and asks for two fields with a message for each
    const picker = caseworker.getByRole('group', { name: /補正してもらう項目/ });
    await picker.getByRole('checkbox', { name: '請求者・電話番号' }).check();
    await caseworker
      .getByRole('textbox', { name: /「請求者・電話番号」について/ })
      .fill(PHONE_NOTE);
    await picker.getByRole('checkbox', { name: /^1月1日の住所/ }).check();
    await caseworker
      .getByRole('textbox', { name: /「1月1日の住所.*」について/ })
      .fill(ADDRESS_NOTE);
    await caseworker.getByRole('textbox', { name: /申請者への連絡/ }).fill(OVERALL_MESSAGE);
    await a11y.check(caseworker, 'console: correction request with two fields');
    await caseworker.getByRole('button', { name: '補正を依頼する' }).click();
    await caseworker.getByText('状態を「補正依頼」に変更しました。').waitFor();
    await caseworker.getByText(/補正中のため停止/).waitFor();
    await a11y.check(caseworker, 'console: correction requested');

    // The resident can change only those two, and resubmits
    await citizen.getByRole('link', { name: '申請一覧' }).first().click();
    await citizen.getByRole('link', { name: new RegExp(receiptNumber) }).click();
    await citizen.getByText(OVERALL_MESSAGE).first().waitFor();
    await citizen.getByRole('link', { name: '申請内容を修正する' }).click();
    await citizen.getByRole('heading', { level: 2, name: '直してほしい項目' }).waitFor();
    const correction = citizen.locator('form[aria-labelledby="form-step-heading"]');
    await correction.getByRole('textbox', { name: /電話番号/ }).waitFor();
    const editable = await correction
      .locator(
        'input:not([type=hidden]):not([disabled]), select:not([disabled]), textarea:not([disabled])',
      )
      .count();
    expect(editable).toBe(2);
    await a11y.check(citizen, 'citizen: correction form');
    await correction.getByRole('textbox', { name: /電話番号/ }).fill('03-3264-2111');
    await correction.getByRole('textbox', { name: /1月1日の住所/ }).fill('北海道札幌市中央区');
    await citizen.getByRole('button', { name: '確認画面へ進む' }).click();
    await citizen.getByRole('heading', { level: 2, name: '入力内容の確認' }).waitFor();
    await citizen.getByRole('button', { name: '送信する' }).click();
    await citizen.getByText('修正した申請を送りました。').waitFor();

    // The caseworker sees what changed and drafts 処理完了 for the chain
    await caseworker.reload();
    const changes = caseworker.getByRole('table', { name: /第2版/ });
    await changes.getByRole('row', { name: /電話番号/ }).waitFor();
    await changes.getByRole('row', { name: /1月1日の住所/ }).waitFor();
    await a11y.check(caseworker, 'console: resubmitted, with the changes');
    await caseworker.getByRole('button', { name: '処理を開始する' }).click();
    await caseworker.getByRole('button', { name: '決裁に回す' }).waitFor();
    await caseworker
      .getByRole('group', { name: /決裁案/ })
      .getByLabel('処理完了', { exact: true })
      .check();
    await caseworker.getByRole('button', { name: '決裁に回す' }).click();
    await caseworker.getByText('状態を「承認待ち」に変更しました。').waitFor();

    // 係長 高橋 approves her stage; a second approval of hers is refused
    const sectionChief = await openPersonPage('section-chief');
    await signInAsDemoAccount(sectionChief, urls.console, 'staff', { account: /高橋 由美/ });
    await sectionChief.getByRole('link', { name: receiptNumber }).click();
    const chain = sectionChief.getByRole('list', { name: '決裁の流れ' });
    await chain.getByText('係長：次の承認').waitFor();
    await a11y.check(sectionChief, 'console: approval, first stage');
    await sectionChief.getByRole('button', { name: '処理を完了する（係長として承認）' }).click();
    await sectionChief.getByText('状態を「承認待ち」に変更しました。').waitFor();
    await chain.getByText(/係長：承認済み（高橋 由美/).waitFor();
    await sectionChief.getByRole('button', { name: '処理を完了する（課長として承認）' }).click();
    await sectionChief.getByText(/同じ人が2回承認することはできません/).waitFor();
    await a11y.check(sectionChief, 'console: second approval refused');

    // 課長 石川 approves the last stage: 処理完了
    const divisionHead = await openPersonPage('division-head');
    await signInAsDemoAccount(divisionHead, urls.console, 'staff', { account: /石川 修/ });
    await divisionHead.getByRole('link', { name: receiptNumber }).click();
    await divisionHead.getByText('この承認で決裁が完了し、申請者に結果が通知されます。').waitFor();
    await a11y.check(divisionHead, 'console: approval, last stage');
    await divisionHead.getByRole('button', { name: '処理を完了する（課長として承認）' }).click();
    await divisionHead.getByText('状態を「処理完了」に変更しました。').waitFor();
    await a11y.check(divisionHead, 'console: completed');

    // On paper (印刷 → the browser's PDF): the application and its history, no console chrome
    await divisionHead.getByRole('button', { name: '印刷' }).waitFor();
    await divisionHead.emulateMedia({ media: 'print' });
    expect(await divisionHead.getByRole('banner').isVisible()).toBe(false);
    expect(await divisionHead.getByRole('button', { name: '印刷' }).isVisible()).toBe(false);
    expect(
      await divisionHead.getByRole('heading', { level: 2, name: '処理', exact: true }).isVisible(),
    ).toBe(false);
    expect(await divisionHead.getByRole('heading', { level: 2, name: '概要' }).isVisible()).toBe(
      true,
    );
    expect(
      await divisionHead.getByRole('heading', { level: 2, name: '添付書類' }).isVisible(),
    ).toBe(true);
    expect(
      await divisionHead.getByRole('heading', { level: 2, name: '処理の履歴' }).isVisible(),
    ).toBe(true);
    await divisionHead.emulateMedia({ media: 'screen' });

    // The resident sees 処理完了 and is told
    await citizen.getByRole('link', { name: '申請一覧' }).first().click();
    await citizen.getByRole('link', { name: new RegExp(receiptNumber) }).click();
    await citizen.getByText('処理完了').first().waitFor();
    await a11y.check(citizen, 'citizen: application completed');
    await citizen
      .getByRole('link', { name: /お知らせ/ })
      .first()
      .click();
    await citizen
      .getByText('申請の状況が「処理完了」になりました')
      .first()
      .waitFor({ timeout: 30_000 });
    await a11y.check(citizen, 'citizen: notifications');

    expect(a11y.failures).toEqual([]);
  });
});
