import type { MockRoute } from '@madoguchi/web-data-access-api/testing';
import { buildApiErrorBody, buildStaffActor } from '@madoguchi/web-data-access-api/testing';
import { findAxeViolations } from '@madoguchi/web-ui-kit/testing';
import { screen, within } from '@testing-library/react';
import { CONSOLE_LOCALE_STORAGE_KEY } from '../../i18n/locale-context.js';
import { renderConsoleApp } from '../../testing/render-app.js';
import { DashboardOverview } from './dashboard.js';
import { buildDashboard } from './dashboard-testing.js';

const PATH = '/dashboard';

function dashboardRoutes(body: unknown = buildDashboard(), status = 200): MockRoute[] {
  return [
    { path: '/api/session', body: buildStaffActor() },
    { path: '/api/staff/dashboard', status, body },
  ];
}

describe(DashboardOverview.name, () => {
  it('draws each chart under its heading, named as an image, with its numbers in a table', async () => {
    // Arrange
    const { container } = renderConsoleApp(PATH, dashboardRoutes());

    // Act
    const applications = await screen.findByRole('region', { name: '申請件数（日別・手続別）' });

    // Assert
    expect(screen.getByRole('heading', { level: 1, name: '業務の状況' })).toBeInTheDocument();
    for (const name of [
      '申請件数（日別・手続別）',
      '処理日数の中央値と標準処理期間',
      '処理期限を過ぎた申請',
      '補正依頼の割合',
      '通知の送信失敗（日別）',
    ]) {
      const section = screen.getByRole('region', { name });
      const chart = within(section).getByRole('img', { name });
      expect(chart.querySelector('svg')).not.toBeNull();
      expect(within(section).getByText('数値を表で見る')).toBeInTheDocument();
    }
    expect(within(applications).getByText('30日間の申請は合計 8 件です。')).toBeInTheDocument();
    // The stacked bars: one rectangle per day and procedure with applications.
    expect(applications.querySelectorAll('.recharts-bar-rectangle path')).toHaveLength(4);
    expect(await findAxeViolations(container)).toEqual([]);
  });

  it('gives the same numbers as the charts in the tables', async () => {
    // Arrange
    renderConsoleApp(PATH, dashboardRoutes());

    // Act
    const daily = await screen.findByRole('table', { name: '日別・手続別の申請件数' });
    const processing = screen.getByRole('table', {
      name: '手続別の処理日数（中央値）と標準処理期間',
    });
    const corrections = screen.getByRole('table', { name: '手続別の補正依頼の割合' });
    const failures = screen.getByRole('table', { name: '日別の通知の送信失敗件数' });

    // Assert
    expect(
      within(daily)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['日付', '妊娠の届出', '児童手当 認定請求', '合計']);
    expect(within(daily).getAllByRole('row')).toHaveLength(31);
    const december1 = within(daily).getByRole('rowheader', { name: '2026-12-01' }).closest('tr');
    expect(
      within(december1!)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['3', '2', '5']);
    expect(
      within(processing)
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.textContent),
    ).toEqual(['妊娠の届出43.55']);
    expect(
      within(corrections)
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.textContent),
    ).toEqual(['児童手当 認定請求300', '妊娠の届出6233.3']);
    const december3 = within(failures).getByRole('rowheader', { name: '2026-12-03' }).closest('tr');
    expect(within(december3!).getByRole('cell').textContent).toBe('4');
    expect(
      screen.getByText('処理期限を過ぎて処理中の申請は 3 件です（補正依頼中は含みません）。'),
    ).toBeInTheDocument();
  });

  it('says so instead of drawing an empty chart', async () => {
    // Arrange
    renderConsoleApp(
      PATH,
      dashboardRoutes(
        buildDashboard({
          applicationsPerDay: [],
          deliveryFailuresPerDay: buildDashboard().deliveryFailuresPerDay.map((day) => ({
            ...day,
            count: 0,
          })),
        }),
      ),
    );

    // Act
    const applications = await screen.findByRole('region', { name: '申請件数（日別・手続別）' });

    // Assert
    expect(within(applications).getByText('この期間のデータはありません。')).toBeInTheDocument();
    expect(within(applications).queryByRole('img')).toBeNull();
    const failures = screen.getByRole('region', { name: '通知の送信失敗（日別）' });
    expect(within(failures).queryByRole('table')).toBeNull();
  });

  it('offers to load again when the API fails', async () => {
    // Arrange
    renderConsoleApp(PATH, dashboardRoutes(buildApiErrorBody('internal_error'), 500));

    // Act
    const retry = await screen.findByRole('button', { name: '再読み込み' });

    // Assert
    expect(retry).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: '申請件数（日別・手続別）' })).toBeNull();
  });

  it('speaks English when the console does: menu, headings, tables and the export panel', async () => {
    // Arrange
    window.localStorage.setItem(CONSOLE_LOCALE_STORAGE_KEY, 'en');
    try {
      renderConsoleApp(PATH, dashboardRoutes());

      // Act
      const applications = await screen.findByRole('region', {
        name: 'Applications per day and procedure',
      });

      // Assert
      expect(
        screen.getByRole('heading', { level: 1, name: 'Operations overview' }),
      ).toBeInTheDocument();
      expect(screen.getByRole('link', { name: 'Operations overview' })).toHaveAttribute(
        'href',
        '/dashboard',
      );
      expect(within(applications).getByText('8 applications in 30 days.')).toBeInTheDocument();
      expect(screen.getByRole('region', { name: 'Bulk export' })).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Start the bulk export' })).toBeInTheDocument();
      expect(document.title).toContain('Operations overview');
    } finally {
      window.localStorage.removeItem(CONSOLE_LOCALE_STORAGE_KEY);
    }
  });

  it('is in the menu for every staff member', async () => {
    // Arrange
    renderConsoleApp('/', [
      { path: '/api/session', body: buildStaffActor() },
      { path: /^\/api\/staff\/applications/, body: { items: [], nextCursor: null } },
    ]);

    // Act
    const link = await screen.findByRole('link', { name: '業務の状況' });

    // Assert
    expect(link).toHaveAttribute('href', '/dashboard');
  });
});
