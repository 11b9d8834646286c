import { DEFAULT_NOTIFICATION_PREFERENCES } from '@madoguchi/notifications-contracts';
import type { MockRoute } from '@madoguchi/web-data-access-api/testing';
import {
  buildLifeRecordOffice,
  buildMyLifeRecord,
  buildMyLifeRecords,
  buildResidentActor,
} from '@madoguchi/web-data-access-api/testing';
import { findAxeViolations } from '@madoguchi/web-ui-kit/testing';
import type { Locale } from '@madoguchi/shared-util-i18n';
import { screen, within } from '@testing-library/react';
import { renderCitizenApp } from '../../testing/render-app.js';
import { LifeRecordsOverview } from './life-records-overview.js';

const PATH = '/notifications/life-records';

const pregnancy = buildMyLifeRecord({
  id: 'b1b2b3b4-0000-4000-8000-000000000002',
  kind: 'pregnancy',
  name: '花子',
  birthDate: undefined,
  dueDate: '2026-05-01',
  origin: { type: 'demo' },
  upcomingReminders: [
    {
      ruleId: 'pregnancy-birth-preparation',
      category: 'childcare',
      dueOn: '2026-04-01',
      eventDate: '2026-05-01',
      title: {
        ja: '出産後の手続の準備',
        en: 'Getting ready for the procedures after the birth',
        easyJa: 'うまれた あとの てつづき',
      },
      channels: [],
    },
  ],
});

function renderLifeRecords(routes: readonly MockRoute[], locale: Locale = 'ja') {
  return renderCitizenApp(
    PATH,
    [{ path: '/api/session', body: buildResidentActor() }, ...routes],
    locale,
  );
}

describe(LifeRecordsOverview.name, () => {
  it('lists each record in plain words with where it came from and its coming reminders', async () => {
    // Arrange
    const { container } = renderLifeRecords([
      { path: '/api/me/life-records', body: buildMyLifeRecords() },
    ]);

    // Act
    const record = await screen.findByRole('heading', {
      level: 3,
      name: 'お子さん 花子さん（2024年11月10日生まれ）',
    });

    // Assert
    const card = within(record.closest('li')!);
    expect(
      card.getByText('児童手当 認定請求の申請（受付番号 131016-20241120-000123）'),
    ).toBeInTheDocument();
    expect(card.getByText('2024年12月1日')).toBeInTheDocument();
    expect(
      card.getByRole('heading', { level: 4, name: 'これから1年間に届く予定のお知らせ' }),
    ).toBeInTheDocument();
    const reminder = card.getByRole('listitem');
    expect(reminder).toHaveTextContent(
      '2026年4月19日: 花子さんの1歳6か月児健診のご案内（2026年5月10日についてのお知らせ）',
    );
    expect(within(reminder).getByText('2026年4月19日')).toHaveAttribute('datetime', '2026-04-19');
    expect(
      screen.getByRole('heading', { level: 1, name: '通知のもとになっている情報' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/自動で計算しています/)).toBeInTheDocument();
    expect(await findAxeViolations(container)).toEqual([]);
  });

  it('tells how to have wrong information corrected, with the office to call', async () => {
    renderLifeRecords([{ path: '/api/me/life-records', body: buildMyLifeRecords() }]);

    const section = within(
      (
        await screen.findByRole('heading', { level: 2, name: '情報がまちがっているときは' })
      ).closest('section')!,
    );

    expect(section.getByText(/この画面では変更できません。/)).toBeInTheDocument();
    expect(section.getByText(/受付番号をお伝えください/)).toBeInTheDocument();
    expect(
      section.getByRole('heading', { level: 3, name: '千代田区 子育て推進課' }),
    ).toBeInTheDocument();
    expect(section.getByRole('link', { name: '03-3264-2111' })).toHaveAttribute(
      'href',
      'tel:0332642111',
    );
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('says in words when a reminder will not come because its category is off', async () => {
    renderLifeRecords([
      { path: '/api/me/life-records', body: buildMyLifeRecords({ records: [pregnancy] }) },
    ]);

    const record = await screen.findByRole('heading', {
      level: 3,
      name: '花子さんの妊娠（出産予定日 2026年5月1日）',
    });

    const card = within(record.closest('li')!);
    expect(card.getByText('デモ用のデータ（実際の申請ではありません）')).toBeInTheDocument();
    expect(
      card.getByText('「子育て」のお知らせを受け取らない設定のため、届きません。'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/受付番号をお伝えください/)).not.toBeInTheDocument();
  });

  it('speaks やさしい日本語 and English like the rest of the app', async () => {
    const records = buildMyLifeRecords({
      records: [
        buildMyLifeRecord(),
        buildMyLifeRecord({
          id: 'c0c0c0c0-0000-4000-8000-000000000003',
          kind: 'care_certification',
          name: '梅子',
          birthDate: undefined,
          validFrom: '2025-10-01',
          expiryDate: '2026-09-30',
          upcomingReminders: [],
        }),
      ],
    });
    const easy = renderLifeRecords([{ path: '/api/me/life-records', body: records }], 'easyJa');

    expect(
      await screen.findByRole('heading', {
        level: 3,
        name: '子ども・花子さん（2024年11月10日生まれ）',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', {
        level: 3,
        name: '梅子さんの介護の認定（2025年10月1日から2026年9月30日まで）',
      }),
    ).toBeInTheDocument();
    expect(screen.getAllByText('この間に来るお知らせはありません。').length).toBeGreaterThan(0);
    // The date in kanji carries its readings as ruby: 1日 of a month is ついたち.
    const rubies = [...easy.container.querySelectorAll('ruby')].map((ruby) => ruby.textContent);
    expect(rubies).toEqual(expect.arrayContaining(['年（ねん）', '月（がつ）', '1日（ついたち）']));
    easy.unmount();

    renderLifeRecords([{ path: '/api/me/life-records', body: records }], 'en');
    expect(
      await screen.findByRole('heading', { level: 3, name: 'Child 花子 (born 10 Nov 2024)' }),
    ).toBeInTheDocument();
    expect(
      screen.getAllByText(
        'Your application “Child allowance claim” (receipt number 131016-20241120-000123)',
      ),
    ).toHaveLength(2);
  });

  it('explains when nothing is recorded yet', async () => {
    renderLifeRecords([
      {
        path: '/api/me/life-records',
        body: buildMyLifeRecords({ records: [], offices: [] }),
      },
    ]);

    expect(
      await screen.findByRole('heading', { level: 2, name: '記録されている情報（0件）' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/まだありません/)).toBeInTheDocument();
  });

  it('is reached from the notification settings page', async () => {
    // Arrange
    const { user } = renderCitizenApp('/notifications/settings', [
      { path: '/api/session', body: buildResidentActor() },
      { path: '/api/me/notification-preferences', body: DEFAULT_NOTIFICATION_PREFERENCES },
      { path: '/api/me/notification-contact', body: { email: null } },
      { path: '/api/notifications/push-public-key', body: { publicKey: 'BJMV' } },
      { path: '/api/me/push-subscriptions', body: [] },
      { path: '/api/me/watchers', body: { watchers: [], watching: [] } },
      {
        path: '/api/me/life-records',
        body: buildMyLifeRecords({ offices: [buildLifeRecordOffice({ phone: null })] }),
      },
    ]);

    // Act
    await user.click(
      await screen.findByRole('link', {
        name: '通知のもとになっている情報（お子さんの生年月日など）を確認する',
      }),
    );

    // Assert
    expect(
      await screen.findByRole('heading', { level: 1, name: '通知のもとになっている情報' }),
    ).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: '通知の設定に戻る' })).toBeInTheDocument();
  });
});
