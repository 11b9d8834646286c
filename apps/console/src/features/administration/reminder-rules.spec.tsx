import { buildApiErrorBody } from '@madoguchi/web-data-access-api/testing';
import { findAxeViolations } from '@madoguchi/web-ui-kit/testing';
import { screen, within } from '@testing-library/react';
import { renderConsoleApp } from '../../testing/render-app.js';
import {
  buildAdminActor,
  buildReminderRuleSettings,
  buildReminderRuleView,
} from './administration-testing.js';
import { ReminderRules } from './reminder-rules.js';

const PATH = '/admin/notification-rules';
const SETTINGS = '/api/staff/administration/reminder-rules';

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
const settings = buildReminderRuleSettings({ rules: [checkup, copayment] });

type PutBody = {
  version: number;
  rules: Record<
    string,
    { occurrences?: { key: string; offset: Record<string, number> }[]; leadDays?: number }
  >;
};

const routes = (put: { status?: number; body: unknown }) => [
  { path: '/api/session', body: buildAdminActor() },
  { path: SETTINGS, body: settings },
  { method: 'PUT' as const, path: SETTINGS, ...put },
];

/** The fieldset of one check-up of the 乳幼児健診 editor. */
const occurrence = (name: RegExp) => screen.getByRole('group', { name });

describe(ReminderRules.name, () => {
  it('lists the reminders with the municipality’s ages, days, audience and channels', async () => {
    // Arrange
    const { container } = renderConsoleApp(PATH, routes({ body: settings }));

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
    expect(screen.getByRole('link', { name: '通知のルール' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(
      screen.getByRole('heading', { level: 2, name: '時期と送り方の変更' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/^第1版（.*、初期値の取り込み）$/)).toBeInTheDocument();
    expect(await findAxeViolations(container)).toEqual([]);
  });

  it('saves an edited month with the version it was opened at, and says so', async () => {
    // Arrange
    const saved = buildReminderRuleSettings({ version: 2, rules: [checkup, copayment] });
    const { user, fetch, container } = renderConsoleApp(PATH, routes({ body: saved }));
    const months = within(
      await screen.findByRole('group', { name: /^1歳6か月児健診（キー: 18m）/ }),
    ).getByLabelText('か月');

    // Act
    await user.clear(months);
    await user.type(months, '19');
    await user.click(screen.getByRole('button', { name: '保存する' }));

    // Assert
    expect(await screen.findByText('保存しました（第2版）。')).toBeInTheDocument();
    const put = fetch.requests.find((request) => request.method === 'PUT');
    const body = put?.body as PutBody;
    expect(body.version).toBe(1);
    expect(body.rules['infant-health-checkup']?.occurrences?.map((item) => item.offset)).toEqual([
      { months: 3 },
      { months: 19 },
    ]);
    // The annual rule had no parameters and was left alone: not sent.
    expect(Object.keys(body.rules)).toEqual(['infant-health-checkup']);
    expect(await findAxeViolations(container)).toEqual([]);
  });

  it('checks as typed: a removed key cannot come back, a key is one per rule, lead days in range', async () => {
    // Arrange
    const { user, fetch } = renderConsoleApp(PATH, [
      { path: '/api/session', body: buildAdminActor() },
      {
        path: SETTINGS,
        body: buildReminderRuleSettings({ retiredKeys: { 'infant-health-checkup': ['7m'] } }),
      },
    ]);
    const fourMonths = await screen.findByRole('group', { name: /^3〜4か月児健診（キー: 4m）/ });
    expect(screen.getByText('以前に削除したキー（使えません）: 7m')).toBeInTheDocument();
    // Each rule's fields are folded away until opened.
    const rule = fourMonths.closest('details');
    expect(rule).not.toHaveAttribute('open');

    // Act
    await user.click(screen.getByRole('button', { name: '回を追加' }));
    await user.click(screen.getByRole('button', { name: '回を追加' }));
    const first = occurrence(/^新しい回 1/);
    await user.type(within(first).getByLabelText(/キー/), '7m');
    const second = occurrence(/^新しい回 2/);
    await user.type(within(second).getByLabelText(/キー/), '4m');
    const lead = screen.getByLabelText(/何日前に送るか/);
    await user.clear(lead);
    await user.type(lead, '181');
    await user.click(screen.getByRole('button', { name: '保存する' }));

    // Assert
    const summary = await screen.findByRole('alert', { name: '入力内容を確認してください' });
    expect(summary).toHaveTextContent('このキーは以前に削除された回のものです。');
    expect(summary).toHaveTextContent('同じキーの回が二つあります。');
    expect(summary).toHaveTextContent('年・か月・日のいずれかを入力してください。');
    expect(summary).toHaveTextContent('入力できる範囲を超えています。');
    expect(within(first).getByText(/以前に削除された回/)).toBeInTheDocument();
    // … and a rule with an error stays open, so the summary's links reach its fields.
    expect(rule).toHaveAttribute('open');
    expect(fetch.requests.some((request) => request.method === 'PUT')).toBe(false);
  });

  it('removes a check-up and tells that another administrator saved first (409)', async () => {
    // Arrange
    const { user, fetch } = renderConsoleApp(
      PATH,
      routes({ status: 409, body: buildApiErrorBody('reminder_rules_conflict') }),
    );
    const fourMonths = await screen.findByRole('group', { name: /^3〜4か月児健診（キー: 4m）/ });

    // Act
    await user.click(within(fourMonths).getByRole('button', { name: /^削除/ }));
    await user.click(screen.getByRole('button', { name: '保存する' }));

    // Assert
    const alert = (await screen.findByText('ほかの管理者が先に変更しました')).closest<HTMLElement>(
      '[role="alert"]',
    )!;
    expect(alert).toHaveTextContent('この画面の変更は保存されていません。');
    const body = fetch.requests.find((request) => request.method === 'PUT')?.body as PutBody;
    expect(body.rules['infant-health-checkup']?.occurrences?.map((item) => item.key)).toEqual([
      '18m',
    ]);
    await user.click(within(alert).getByRole('button', { name: '最新の内容を読み込む' }));
    expect(
      await screen.findByRole('group', { name: /^3〜4か月児健診（キー: 4m）/ }),
    ).toBeInTheDocument();
  });

  it('shows the API’s field errors at their fields, in English when chosen', async () => {
    // Arrange
    const { user } = renderConsoleApp(
      PATH,
      routes({
        status: 400,
        body: buildApiErrorBody('invalid_reminder_rules', [
          {
            path: 'rules.infant-health-checkup.occurrences.0.offset',
            code: 'offset_before_birth',
            message: {
              ja: '生年月日より前の時期は指定できません。',
              en: 'This comes before the date of birth.',
            },
          },
        ]),
      }),
    );
    await user.click(await screen.findByRole('button', { name: 'English' }));
    const fourMonths = await screen.findByRole('group', {
      name: /^3–4-month check-up \(key: 4m\)/,
    });
    const months = within(fourMonths).getByLabelText('Months');

    // Act
    await user.clear(months);
    await user.type(months, '-3');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    // Assert
    expect(
      await within(fourMonths).findByText('This comes before the date of birth.'),
    ).toBeInTheDocument();
  });

  it('shows why the rules could not be loaded', async () => {
    renderConsoleApp(PATH, [
      { path: '/api/session', body: buildAdminActor() },
      { path: SETTINGS, status: 403, body: buildApiErrorBody('admin_only') },
    ]);

    const alert = await screen.findByRole('alert');

    expect(alert).toHaveTextContent('エラー（admin_only）');
  });
});
