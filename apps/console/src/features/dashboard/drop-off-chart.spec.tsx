import type { MockRoute } from '@madoguchi/web-data-access-api/testing';
import { buildStaffActor } from '@madoguchi/web-data-access-api/testing';
import { findAxeViolations } from '@madoguchi/web-ui-kit/testing';
import { screen, within } from '@testing-library/react';
import { CONSOLE_LOCALE_STORAGE_KEY } from '../../i18n/locale-context.js';
import { renderConsoleApp } from '../../testing/render-app.js';
import { buildDashboard } from './dashboard-testing.js';
import { DropOffChart } from './drop-off-chart.js';

const PATH = '/dashboard';
const HEADING = 'フォームの段階ごとの離脱';

function dashboardRoutes(body: unknown = buildDashboard()): MockRoute[] {
  return [
    { path: '/api/session', body: buildStaffActor() },
    { path: '/api/staff/dashboard', body },
  ];
}

describe(DropOffChart.name, () => {
  it('draws one bar chart per procedure under its heading, named as an image, with a summary', async () => {
    // Arrange
    const { container } = renderConsoleApp(PATH, dashboardRoutes());

    // Act
    const section = await screen.findByRole('region', { name: HEADING });

    // Assert
    const chart = within(section).getByRole('img', { name: HEADING });
    expect(chart.querySelectorAll('.recharts-yAxis')).toHaveLength(2);
    expect(within(chart).getByText('妊娠の届出')).toBeInTheDocument();
    expect(within(chart).getByText('児童手当 認定請求')).toBeInTheDocument();
    // 5 + 3 + 0 + 1 + 2 drafts, 6 + 3 submitted.
    expect(
      within(section).getByText(
        '30日間に保存され、まだ申請されていない下書きは 11 件、同じ期間の申請は 9 件です。下書きは、いま止まっている段階に数えています。',
      ),
    ).toBeInTheDocument();
    // A bar for each step with drafts and for each procedure's submissions (zeros draw none).
    expect(chart.querySelectorAll('.recharts-bar-rectangle path')).toHaveLength(6);
    expect(await findAxeViolations(container)).toEqual([]);
  });

  it("gives each procedure's steps in the form's order, then its submissions, in the table", async () => {
    // Arrange
    renderConsoleApp(PATH, dashboardRoutes());

    // Act
    const table = await screen.findByRole('table', {
      name: '手続・段階別の下書きの件数と申請件数',
    });

    // Assert
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['手続', '段階', '件数']);
    expect(
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((row) => Array.from(row.querySelectorAll('th, td')).map((cell) => cell.textContent)),
    ).toEqual([
      ['妊娠の届出', '1. 届出人', '5'],
      ['妊娠の届出', '2. 妊娠した人', '3'],
      ['妊娠の届出', '3. 妊娠の状況', '0'],
      ['妊娠の届出', '4. 健康状態', '1'],
      ['妊娠の届出', '申請済み', '6'],
      ['児童手当 認定請求', '1. 請求者', '2'],
      ['児童手当 認定請求', '申請済み', '3'],
    ]);
    expect(within(table).getAllByRole('rowheader')).toHaveLength(7);
  });

  it('says there is no data when no procedure had a draft or an application', async () => {
    // Arrange
    renderConsoleApp(PATH, dashboardRoutes(buildDashboard({ dropOff: [] })));

    // Act
    const section = await screen.findByRole('region', { name: HEADING });

    // Assert
    expect(within(section).getByText('この期間のデータはありません。')).toBeInTheDocument();
    expect(within(section).queryByRole('img')).toBeNull();
    expect(within(section).queryByRole('table')).toBeNull();
  });

  it('speaks English when the console does', async () => {
    // Arrange
    window.localStorage.setItem(CONSOLE_LOCALE_STORAGE_KEY, 'en');
    try {
      renderConsoleApp(PATH, dashboardRoutes());

      // Act
      const section = await screen.findByRole('region', { name: 'Drop-off per form step' });

      // Assert
      expect(
        within(section).getByText(
          '11 drafts saved in the 30 days are not submitted yet; 9 applications were submitted in the same period. Each draft is counted at the step it stands at.',
        ),
      ).toBeInTheDocument();
      const table = within(section).getByRole('table', {
        name: 'Drafts per procedure and step, and applications submitted',
      });
      expect(within(table).getAllByRole('cell', { name: 'Submitted' })).toHaveLength(2);
    } finally {
      window.localStorage.removeItem(CONSOLE_LOCALE_STORAGE_KEY);
    }
  });
});
