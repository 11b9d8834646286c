import { buildApiErrorBody } from '@madoguchi/web-data-access-api/testing';
import { findAxeViolations } from '@madoguchi/web-ui-kit/testing';
import { screen, within } from '@testing-library/react';
import { renderConsoleApp } from '../../testing/render-app.js';
import { buildAdminActor, buildReminderRuleView } from './administration-testing.js';
import { ReminderRules } from './reminder-rules.js';

const PATH = '/admin/notification-rules';
const RULES = '/api/staff/administration/notification-rules';

const checkup = buildReminderRuleView();
const copayment = buildReminderRuleView({
  id: 'care-copayment-certificate',
  category: 'care',
  record: 'person',
  audience: 'resident-and-watchers',
  channels: ['in_app', 'email'],
  trigger: {
    type: 'annual',
    month: 8,
    day: 1,
    label: { ja: '負担割合証の更新', en: 'Copayment certificate', easyJa: 'ふたんわりあいしょう' },
    ageRange: { minYears: 65, maxYears: null },
  },
});

describe(ReminderRules.name, () => {
  it('lists the reminders with the municipality’s ages, days, audience and channels', async () => {
    // Arrange
    const { container } = renderConsoleApp(PATH, [
      { path: '/api/session', body: buildAdminActor() },
      { path: RULES, body: [checkup, copayment] },
    ]);

    // Act
    const table = await screen.findByRole('table', { name: '送っているお知らせ 2 件' });

    // Assert
    expect(screen.getByRole('heading', { level: 1, name: '通知のルール' })).toBeInTheDocument();
    const rows = within(table).getAllByRole('row');
    expect(within(rows[1]!).getByRole('rowheader')).toHaveTextContent('乳幼児健診');
    expect(rows[1]).toHaveTextContent(
      /生年月日から数えて\s*3〜4か月児健診（3か月後）\s*1歳6か月児健診（18か月後）\s*それぞれ 21 日前に送ります/,
    );
    expect(rows[1]).toHaveTextContent(/住民本人\s*お知らせ欄、プッシュ通知、メール/);
    expect(rows[2]).toHaveTextContent(
      /介護保険負担割合証\s*毎年 8月1日：負担割合証の更新（65歳以上の方）\s*住民本人と見守りの家族/,
    );
    expect(screen.getByText(/seeds\/notification-rules\/municipalities\//)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '通知のルール' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(await findAxeViolations(container)).toEqual([]);
  });

  it('shows why the rules could not be loaded', async () => {
    renderConsoleApp(PATH, [
      { path: '/api/session', body: buildAdminActor() },
      { path: RULES, status: 403, body: buildApiErrorBody('admin_only') },
    ]);

    const alert = await screen.findByRole('alert');

    expect(alert).toHaveTextContent('エラー（admin_only）');
  });
});
