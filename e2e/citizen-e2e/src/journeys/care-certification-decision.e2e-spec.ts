import { fillForm, loadProcedureForm, submitForm } from '../support/fill-form.ts';
import { openProcedureFromHome } from '../support/find-procedure.ts';
import { useJourney } from '../support/journey.ts';
import { signInAsDemoAccount } from '../support/sign-in.ts';

const CHIYODA = '131016';
const PROCEDURE = 'care-need-certification';

/** 西暦 date of the first day of the month `months` after this one, and the last day of the month `months` after that. */
function certificationPeriod(now: Date): { validFrom: string; validUntil: string } {
  const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  const until = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 12, 0));
  return {
    validFrom: from.toISOString().slice(0, 10),
    validUntil: until.toISOString().slice(0, 10),
  };
}

describe('a 要介護認定 completed with its 認定結果, and the renewal the resident is told about', () => {
  const { a11y, stack, openPersonPage } = useJourney('care');

  it('the caseworker drafts 処理完了, the approver records 要介護2 and the period, the resident sees the certification', async () => {
    const { urls } = stack();
    const { validFrom, validUntil } = certificationPeriod(new Date());

    // The resident (a family member applying for a parent) fills the form, attaches the
    // insurance card and the letter of attorney through the file inputs, and submits
    const citizen = await openPersonPage('citizen');
    await signInAsDemoAccount(citizen, urls.citizen, 'resident', { account: /鈴木 一郎/ });
    const form = loadProcedureForm(PROCEDURE, CHIYODA);
    const checks = { a11y: { log: a11y, label: 'citizen: 要介護認定' } };
    await openProcedureFromHome(citizen, urls.citizen, form, checks);
    await fillForm(citizen, form, checks);
    const receiptNumber = await submitForm(citizen, checks);

    // The caseworker starts the review and sends 処理完了 for approval
    const caseworker = await openPersonPage('caseworker');
    await signInAsDemoAccount(caseworker, urls.console, 'staff', { account: /佐藤 美咲/ });
    await caseworker.getByRole('link', { name: receiptNumber }).click();
    await caseworker.getByRole('button', { name: '処理を開始する' }).click();
    await caseworker.getByRole('button', { name: '決裁に回す' }).waitFor();
    await caseworker
      .getByRole('group', { name: /決裁案/ })
      .getByLabel('処理完了', { exact: true })
      .check();
    await caseworker.getByRole('button', { name: '決裁に回す' }).click();
    await caseworker.getByText('承認待ち').first().waitFor();

    // The approver: completing without the 認定結果 is refused with the fields named
    const approver = await openPersonPage('approver');
    await signInAsDemoAccount(approver, urls.console, 'staff', { account: /高橋 由美/ });
    await approver.getByRole('link', { name: receiptNumber }).click();
    const decision = approver.getByRole('group', { name: /認定結果/ });
    await decision.waitFor();
    await a11y.check(approver, 'console: approval with the 認定結果');
    await approver.getByRole('button', { name: '処理を完了する' }).click();
    await approver
      .getByRole('alert')
      .filter({ hasText: /要介護度/ })
      .first()
      .waitFor();
    await a11y.check(approver, 'console: 認定結果 errors');

    // … and accepted with 要介護2 and the 認定有効期間
    await decision
      .getByRole('group', { name: /要介護度/ })
      .getByLabel('要介護2', { exact: true })
      .check();
    await decision.getByLabel(/開始日/).fill(validFrom);
    await decision.getByLabel(/終了日/).fill(validUntil);
    await approver.getByRole('button', { name: '処理を完了する' }).click();
    await approver.getByText('処理完了').first().waitFor();
    await approver
      .getByText(/要介護2（認定有効期間/)
      .first()
      .waitFor();
    await a11y.check(approver, 'console: completed with the 認定結果');

    // The resident sees the certification behind the renewal reminder (the worker made it)
    const [untilYear, untilMonth, untilDay] = validUntil.split('-').map(Number) as [
      number,
      number,
      number,
    ];
    const expiryText = `${untilYear}年${untilMonth}月${untilDay}日`;
    await citizen.goto(`${urls.citizen}/notifications/life-records`);
    await citizen.getByRole('heading', { level: 1, name: '通知のもとになっている情報' }).waitFor();
    for (
      let attempt = 0;
      attempt < 30 && (await citizen.getByText(expiryText).count()) === 0;
      attempt += 1
    ) {
      await citizen.waitForTimeout(1000);
      await citizen.reload();
    }
    await citizen.getByText(expiryText).first().waitFor();
    await a11y.check(citizen, 'citizen: life records with the certification');

    expect(a11y.failures).toEqual([]);
  });
});
