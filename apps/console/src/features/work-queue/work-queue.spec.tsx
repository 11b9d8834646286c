import {
  buildProcedureSummary,
  buildStaffActor,
  buildStaffMember,
  buildWorkQueueItem,
  buildWorkQueuePage,
} from '@madoguchi/web-data-access-api/testing';
import type { MockRoute } from '@madoguchi/web-data-access-api/testing';
import { findAxeViolations } from '@madoguchi/web-ui-kit/testing';
import { screen, within } from '@testing-library/react';
import { renderConsoleApp } from '../../testing/render-app.js';
import { WorkQueue } from './work-queue.js';

const submitted = buildWorkQueueItem();
const inReview = buildWorkQueueItem({
  id: '6c1e4a2b-0000-4000-8000-000000000002',
  receiptNumber: 'R2D2-C3PA',
  status: 'in_review',
  applicantName: '鈴木 次郎',
  applicantNameKana: 'スズキ　ジロウ',
  assigneeId: 'staff-1',
  assigneeName: '佐藤 一郎',
});
const third = buildWorkQueueItem({
  id: '6c1e4a2b-0000-4000-8000-000000000003',
  receiptNumber: 'K9MX-7QRT',
  applicantName: '田中 三郎',
});

function routes(extra: MockRoute[] = []): MockRoute[] {
  return [
    { path: '/api/session', body: buildStaffActor() },
    { path: '/api/municipalities/131016/procedures', body: [buildProcedureSummary()] },
    { path: '/api/staff/members', body: [buildStaffMember()] },
    ...extra,
  ];
}

describe(WorkQueue.name, () => {
  it('lists the applications in a table with a link per row and filters them by status', async () => {
    // Arrange
    const { user, fetch, container } = renderConsoleApp(
      '/',
      routes([
        { path: '/api/staff/applications', body: buildWorkQueuePage([submitted, inReview]) },
        { path: '/api/staff/applications?status=submitted', body: buildWorkQueuePage([submitted]) },
      ]),
    );
    const table = await screen.findByRole('table', { name: '申請 2 件' });
    expect(within(table).getByRole('columnheader', { name: '受付番号' })).toBeInTheDocument();
    expect(within(table).getByRole('link', { name: 'K7P-4M2X' })).toHaveAttribute(
      'href',
      `/applications/${submitted.id}`,
    );
    expect(within(table).getByText('鈴木 次郎')).toBeInTheDocument();
    expect(within(table).getByText(/スズキ\s+ジロウ/)).toBeInTheDocument();
    expect(within(table).getByRole('columnheader', { name: '担当' })).toBeInTheDocument();
    expect(within(table).getByText('佐藤 一郎')).toBeInTheDocument();
    expect(await findAxeViolations(container)).toEqual([]);

    // Act
    await user.selectOptions(screen.getByRole('combobox', { name: '状態で絞り込む' }), 'submitted');

    // Assert
    expect(await screen.findByRole('table', { name: '申請 1 件' })).toBeInTheDocument();
    expect(screen.queryByText('鈴木 次郎')).not.toBeInTheDocument();
    expect(
      fetch.requests.some((request) => request.path === '/api/staff/applications?status=submitted'),
    ).toBe(true);
  });

  it('loads the next page with さらに表示', async () => {
    // Arrange
    const { user, fetch } = renderConsoleApp(
      '/',
      routes([
        {
          path: '/api/staff/applications',
          body: buildWorkQueuePage([submitted, inReview], 'next-page'),
        },
        { path: '/api/staff/applications?cursor=next-page', body: buildWorkQueuePage([third]) },
      ]),
    );
    await screen.findByRole('table', { name: '申請 2 件' });

    // Act
    await user.click(screen.getByRole('button', { name: 'さらに表示' }));

    // Assert
    const table = await screen.findByRole('table', { name: '申請 3 件' });
    expect(within(table).getByText('田中 三郎')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'さらに表示' })).not.toBeInTheDocument();
    expect(fetch.requests.map((request) => request.path)).toContain(
      '/api/staff/applications?cursor=next-page',
    );
  });

  it('searches by name or receipt number and filters by assignee, due date and procedure', async () => {
    // Arrange
    const { user, fetch } = renderConsoleApp(
      '/',
      routes([
        { path: /^\/api\/staff\/applications(\?.*)?$/, body: buildWorkQueuePage([submitted]) },
      ]),
    );
    await screen.findByRole('table', { name: '申請 1 件' });

    // Act
    await user.type(screen.getByRole('searchbox', { name: '受付番号・申請者名で検索' }), 'やまだ');
    await user.click(screen.getByRole('button', { name: '検索' }));
    await user.selectOptions(screen.getByRole('combobox', { name: '担当で絞り込む' }), 'me');
    await user.selectOptions(
      screen.getByRole('combobox', { name: '処理期限で絞り込む' }),
      'overdue',
    );
    await user.selectOptions(
      await screen.findByRole('combobox', { name: '手続で絞り込む' }),
      'pregnancy-notification',
    );

    // Assert
    const paths = fetch.requests.map((request) => request.path);
    expect(paths).toContain(`/api/staff/applications?q=${encodeURIComponent('やまだ')}`);
    expect(paths).toContain(
      `/api/staff/applications?procedureId=pregnancy-notification&assignee=me&due=overdue&q=${encodeURIComponent('やまだ')}`,
    );
  });

  it('offers the export of the current view in CSV, Shift_JIS CSV and JSON', async () => {
    // Arrange
    renderConsoleApp(
      '/?status=submitted',
      routes([
        { path: '/api/staff/applications?status=submitted', body: buildWorkQueuePage([submitted]) },
      ]),
    );
    await screen.findByRole('table', { name: '申請 1 件' });

    // Act
    const group = screen.getByRole('group', { name: /一覧の出力/ });

    // Assert
    expect(
      within(group).getByRole('link', { name: 'CSV（Excel 用 Shift_JIS）で出力' }),
    ).toHaveAttribute('href', '/api/staff/applications/export?status=submitted&format=csv-sjis');
    expect(within(group).getByRole('link', { name: 'CSV（UTF-8）で出力' })).toHaveAttribute(
      'href',
      '/api/staff/applications/export?status=submitted&format=csv',
    );
  });
});
