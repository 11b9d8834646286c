import { useJourney } from '../support/journey.ts';
import { signInAsDemoAccount } from '../support/sign-in.ts';

/**
 * 通知のルール through the console (issue #12): 千代田区's administrator moves the 1歳6か月児健診
 * from 18 to 19 months and saves; the page says which version was saved and the list of the
 * reminders the municipality sends shows the new month. (That the daily scan then sends at the
 * new month is proved in the worker's reminder-rule-parameters.integration-spec.ts.)
 */
describe('an administrator changes the month of a health check-up', () => {
  const { a11y, stack, openPersonPage } = useJourney('reminder-rule-parameters');

  it('edits the 1歳6か月児健診 to 19 months, saves it and sees it in the list', async () => {
    const { urls } = stack();
    const office = await openPersonPage('console');
    await signInAsDemoAccount(office, urls.console, 'staff', { account: /小林 誠/ });
    await office.getByRole('link', { name: '管理', exact: true }).click();
    await office.getByRole('link', { name: '通知のルール', exact: true }).click();
    const list = office.getByRole('table', { name: /送っているお知らせ \d+ 件/ });
    await list.waitFor();
    await a11y.check(office, 'console: notification rules with the editor');

    // Each rule's fields are folded under its name until opened.
    const editor = office.getByRole('form', { name: '時期と送り方の変更' });
    await editor.getByText('乳幼児健診', { exact: true }).click();
    const checkup = office.getByRole('group', { name: /^1歳6か月児健診（キー: 18m）/ });
    await checkup.getByLabel('か月', { exact: true }).fill('19');
    await office.getByRole('button', { name: '保存する' }).click();
    await office.getByText(/^保存しました（第\d+版）。$/).waitFor();
    await a11y.check(office, 'console: notification rules saved');

    await list
      .getByRole('row', { name: /乳幼児健診/ })
      .getByText(/1歳6か月児健診（19か月後）/)
      .waitFor();
    await office.reload();
    await editor.getByText('乳幼児健診', { exact: true }).click();
    const months = office
      .getByRole('group', { name: /^1歳6か月児健診（キー: 18m）/ })
      .getByLabel('か月', { exact: true });
    await months.waitFor();
    expect(await months.inputValue()).toBe('19');

    expect(a11y.failures).toEqual([]);
  });
});
