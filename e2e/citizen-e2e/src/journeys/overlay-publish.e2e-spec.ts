import { addDays, todayInJapan } from '@madoguchi/shared-util-dates';

import { useJourney } from '../support/journey.ts';
import { signInAsDemoAccount } from '../support/sign-in.ts';

// 横浜市: the other journeys fill 千代田区's forms from the seeds, so this one publishes elsewhere.
const YOKOHAMA = '141003';
const PROCEDURE = 'childcare-facility-application';
const LOCAL_LABEL = '送迎する方の続柄';

/**
 * The overlay editor through the UIs (issue #12): an administrator adds a local field to
 * 保育施設等の利用申込, previews it with the residents' renderer, publishes it from today; a
 * resident's older draft is offered the newer version and moves to it; a further change scheduled
 * for tomorrow shows as 公開予定 and is not served yet. (That a 施行日 takes effect on its day is
 * proved with the API's injected clock in overlay-editor.integration-spec.ts.)
 */
describe('an administrator publishes a local field; an older draft moves to it', () => {
  const { a11y, stack, openPersonPage } = useJourney('overlay-publish');

  it('adds, previews and publishes a local field, then schedules the next version for tomorrow', async () => {
    const { urls } = stack();

    // A resident's draft on the version in force now (set up through the API, as the app saves it).
    const citizen = await openPersonPage('citizen', { isMobile: true });
    await signInAsDemoAccount(citizen, urls.citizen, 'resident', { account: /山田 花子/ });
    const form = await citizen.request.get(
      `${urls.citizen}/api/municipalities/${YOKOHAMA}/procedures/${PROCEDURE}/form`,
    );
    const before = (await form.json()) as { formVersion: number };
    const created = await citizen.request.post(`${urls.citizen}/api/me/drafts`, {
      headers: { 'x-madoguchi-csrf': '1' },
      data: {
        municipalityCode: YOKOHAMA,
        procedureId: PROCEDURE,
        formVersion: before.formVersion,
        answers: { notes: '兄と同じ園を希望します' },
      },
    });
    expect(created.status()).toBe(201);
    const draft = (await created.json()) as { id: string };

    // The administrator edits the overlay in the console
    const office = await openPersonPage('console');
    await signInAsDemoAccount(office, urls.console, 'staff', { account: /山本 恵/ });
    await office.goto(`${urls.console}/admin/overlay-editor`);
    await office.getByRole('table', { name: /手続 \d+ 件/ }).waitFor();
    await a11y.check(office, 'console: overlay editor list');
    await office.getByRole('link', { name: /編集する.*保育施設等の利用申込/ }).click();
    await office.getByRole('heading', { name: 'プレビュー（住民に表示される様式）' }).waitFor();

    await office.getByRole('button', { name: '項目を追加する' }).click();
    const item = office.getByRole('region', { name: /^項目 \d+/ }).last();
    await item.getByLabel(/^項目ID/).fill('localEscortRelationship');
    await item.getByLabel(/^項目名（日本語）/).fill(LOCAL_LABEL);
    await item.getByLabel(/^項目名（英語/).fill('Relationship of the person who brings the child');
    await item.getByLabel(/^項目名（やさしい日本語）/).fill('おくりむかえを する ひと');
    const preview = office.getByRole('region', { name: 'プレビュー（住民に表示される様式）' });
    await preview.getByLabel(new RegExp(LOCAL_LABEL)).waitFor();
    await a11y.check(office, 'console: overlay editor with a local field');
    await office.getByRole('button', { name: '下書きを保存する' }).click();
    await office.getByText(/下書きを保存しました/).waitFor();

    await office.getByRole('button', { name: '公開する' }).click();
    await office.getByText(/を公開しました（施行日/).waitFor();

    // The resident's older draft is offered the newer version, and moves to it
    await citizen.goto(
      `${urls.citizen}/municipalities/${YOKOHAMA}/procedures/${PROCEDURE}/apply?draft=${draft.id}`,
    );
    await citizen.getByRole('heading', { name: 'この申請書の新しい様式があります' }).waitFor();
    await citizen.getByText(LOCAL_LABEL).first().waitFor();
    await a11y.check(citizen, 'citizen: newer form version offered');
    await citizen.getByRole('button', { name: '新しい様式に移る' }).click();
    await citizen.getByLabel(new RegExp(LOCAL_LABEL)).first().waitFor();
    const moved = await citizen.request.get(`${urls.citizen}/api/me/drafts/${draft.id}`);
    expect(await moved.json()).toMatchObject({
      formVersion: before.formVersion + 1,
      newerVersion: null,
      answers: { notes: '兄と同じ園を希望します' },
    });

    // The next change, for tomorrow: scheduled, not served today
    const tomorrow = addDays(todayInJapan(), 1);
    await office.reload();
    await office.getByLabel(/^標準処理期間/).fill('35');
    await office.getByRole('button', { name: '下書きを保存する' }).click();
    await office.getByText(/下書きを保存しました/).waitFor();
    await office.getByRole('radio', { name: '施行日を指定する' }).check();
    await office.locator('#overlay-effective-from').fill(tomorrow);
    await office.getByRole('button', { name: '公開する' }).click();
    await office.getByText(/を公開しました（施行日/).waitFor();
    await office.getByRole('link', { name: '手続の一覧に戻る' }).click();
    await office.getByText(new RegExp(`第${before.formVersion + 2}版（`)).waitFor();
    const today = await citizen.request.get(
      `${urls.citizen}/api/municipalities/${YOKOHAMA}/procedures/${PROCEDURE}/form`,
    );
    expect(((await today.json()) as { formVersion: number }).formVersion).toBe(
      before.formVersion + 1,
    );

    expect(a11y.failures).toEqual([]);
  });
});
