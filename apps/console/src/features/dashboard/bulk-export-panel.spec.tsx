import type { BulkExportJob } from '@madoguchi/procedures-contracts';
import type { MockRoute } from '@madoguchi/web-data-access-api/testing';
import { buildApiErrorBody, buildStaffActor } from '@madoguchi/web-data-access-api/testing';
import { screen, within } from '@testing-library/react';
import { renderConsoleApp } from '../../testing/render-app.js';
import { BulkExportPanel } from './bulk-export-panel.js';
import { buildBulkExportJob, buildDashboard } from './dashboard-testing.js';

const PATH = '/dashboard';
const JOB_PATH = /^\/api\/staff\/exports\/[^/]+$/;

/** The API of the panel: the job goes through the given states, one per poll. */
function exportRoutes(states: BulkExportJob[], start: Partial<MockRoute> = {}): MockRoute[] {
  let poll = 0;
  return [
    { path: '/api/session', body: buildStaffActor() },
    { path: '/api/staff/dashboard', body: buildDashboard() },
    {
      method: 'POST',
      path: '/api/staff/exports',
      status: 202,
      body: buildBulkExportJob(),
      ...start,
    },
    {
      path: JOB_PATH,
      respond: () => {
        const state = states[Math.min(poll, states.length - 1)];
        poll += 1;
        return state;
      },
    },
  ];
}

describe(BulkExportPanel.name, () => {
  it('starts an export with the chosen filter and shows rows done out of the total', async () => {
    // Arrange
    const { user, fetch } = renderConsoleApp(
      PATH,
      exportRoutes([buildBulkExportJob({ state: 'running', rowsDone: 3000, rowsTotal: 10_000 })]),
    );
    const panel = await screen.findByRole('region', { name: '一括エクスポート' });
    await user.selectOptions(within(panel).getByLabelText('手続'), '妊娠の届出');
    await user.selectOptions(within(panel).getByLabelText('文字コード'), 'csv-sjis');

    // Act
    await user.click(within(panel).getByRole('button', { name: '一括エクスポートを開始する' }));

    // Assert
    const status = await within(panel).findByText(/3,000 \/ 10,000 件/);
    expect(status).toHaveAttribute('role', 'status');
    const bar = within(panel).getByRole('progressbar', { name: '一括エクスポートの進み具合' });
    expect(bar).toHaveAttribute('value', '3000');
    expect(bar).toHaveAttribute('max', '10000');
    expect(bar).toHaveAttribute('aria-valuetext', '3,000 / 10,000 件');
    const started = fetch.requests.find((request) => request.method === 'POST');
    expect(started?.body).toEqual({ format: 'csv-sjis', procedureId: 'pregnancy-notification' });
    expect(started?.headers['x-madoguchi-csrf']).toBe('1');
  });

  it('polls until the job is completed, then offers the file with its row count', async () => {
    // Arrange
    const id = buildBulkExportJob().id;
    const { user } = renderConsoleApp(
      PATH,
      exportRoutes([
        buildBulkExportJob({ state: 'running', rowsDone: 500, rowsTotal: 10_000 }),
        buildBulkExportJob({
          state: 'completed',
          rowsDone: 10_000,
          rowsTotal: 10_000,
          finishedAt: '2026-12-07T01:01:00.000Z',
          expiresAt: '2026-12-08T01:01:00.000Z',
          downloadPath: `/api/staff/exports/${id}/file`,
        }),
      ]),
    );
    const panel = await screen.findByRole('region', { name: '一括エクスポート' });

    // Act
    await user.click(within(panel).getByRole('button', { name: '一括エクスポートを開始する' }));

    // Assert
    const link = await within(panel).findByRole(
      'link',
      { name: 'ファイルをダウンロードする（10,000 件）' },
      { timeout: 10_000 },
    );
    expect(link).toHaveAttribute('href', `/api/staff/exports/${id}/file`);
    expect(within(panel).getByText(/10,000 \/ 10,000 件/)).toBeInTheDocument();
    expect(
      within(panel).getByText('このファイルは 2026/12/08 10:01 に削除されます。'),
    ).toBeInTheDocument();
  });

  it('shows the API message when the municipality already has exports running', async () => {
    // Arrange
    const { user } = renderConsoleApp(
      PATH,
      exportRoutes([], { status: 429, body: buildApiErrorBody('bulk_export_limit_reached') }),
    );
    const panel = await screen.findByRole('region', { name: '一括エクスポート' });

    // Act
    await user.click(within(panel).getByRole('button', { name: '一括エクスポートを開始する' }));

    // Assert
    expect(
      await within(panel).findByText('一括エクスポートを開始できませんでした。'),
    ).toBeInTheDocument();
    expect(within(panel).getByText('エラー（bulk_export_limit_reached）')).toBeInTheDocument();
    expect(within(panel).queryByRole('progressbar')).toBeNull();
  });
});
