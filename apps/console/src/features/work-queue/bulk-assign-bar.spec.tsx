import type { BulkAssignmentJob } from '@madoguchi/procedures-contracts';
import {
  buildApiErrorBody,
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
import { BulkAssignBar } from './bulk-assign-bar.js';

const first = buildWorkQueueItem();
const second = buildWorkQueueItem({
  id: '6c1e4a2b-0000-4000-8000-000000000002',
  receiptNumber: 'R2D2-C3PA',
  applicantName: '鈴木 次郎',
});
const JOB_ID = '0f8b6c1e-0000-4000-8000-0000000000aa';
const kobayashi = buildStaffMember({ id: 'staff-2', displayName: '小林 花子' });

function buildJob(overrides: Partial<BulkAssignmentJob> = {}): BulkAssignmentJob {
  return {
    id: JOB_ID,
    state: 'queued',
    assigneeId: kobayashi.id,
    progress: null,
    result: null,
    createdAt: '2026-12-07T01:00:00.000Z',
    finishedAt: null,
    ...overrides,
  };
}

/** The queue's API, with the job going through `states` one per poll. */
function routes(states: BulkAssignmentJob[], start: Partial<MockRoute> = {}): MockRoute[] {
  let poll = 0;
  return [
    { path: '/api/session', body: buildStaffActor() },
    { path: '/api/municipalities/131016/procedures', body: [buildProcedureSummary()] },
    { path: '/api/staff/members', body: [buildStaffMember(), kobayashi] },
    {
      path: /^\/api\/staff\/applications(\?.*)?$/,
      body: buildWorkQueuePage([first, second], 'more'),
    },
    { path: /^\/api\/staff\/applications\/count(\?.*)?$/, body: { count: 120 } },
    { method: 'POST', path: '/api/staff/assignments', status: 202, body: buildJob(), ...start },
    {
      path: `/api/staff/assignments/${JOB_ID}`,
      respond: () => {
        const state = states[Math.min(poll, states.length - 1)];
        poll += 1;
        return state;
      },
    },
  ];
}

describe(BulkAssignBar.name, () => {
  it('assigns the ticked rows as a job, shows its progress and summary, and reloads the queue', async () => {
    // Arrange
    const { user, fetch, container } = renderConsoleApp(
      '/',
      routes([
        buildJob({ state: 'running', progress: { done: 1, total: 2, skipped: 0 } }),
        buildJob({
          state: 'completed',
          progress: { done: 2, total: 2, skipped: 1 },
          result: {
            assigned: 1,
            skipped: 1,
            notFound: 0,
            skippedApplications: [{ receiptNumber: 'R2D2-C3PA', reason: 'closed' }],
          },
          finishedAt: '2026-12-07T01:00:02.000Z',
        }),
      ]),
    );
    const table = await screen.findByRole('table', { name: '申請 2 件' });
    expect(screen.queryByRole('region', { name: '選んだ申請の担当をまとめて設定' })).toBeNull();
    await user.click(within(table).getByRole('checkbox', { name: '受付番号 K7P-4M2X を選ぶ' }));
    await user.click(within(table).getByRole('checkbox', { name: '受付番号 R2D2-C3PA を選ぶ' }));
    const bar = screen.getByRole('region', { name: '選んだ申請の担当をまとめて設定' });
    expect(within(bar).getByText('2 件を選んでいます。')).toBeInTheDocument();
    await user.selectOptions(within(bar).getByLabelText('担当にする職員'), '小林 花子');
    const listsBefore = fetch.requests.filter((r) => r.path === '/api/staff/applications').length;

    // Act
    await user.click(within(bar).getByRole('button', { name: '担当を設定する' }));

    // Assert
    const started = fetch.requests.find((request) => request.method === 'POST');
    expect(started?.body).toEqual({ assigneeId: 'staff-2', applicationIds: [first.id, second.id] });
    expect(started?.headers['x-madoguchi-csrf']).toBe('1');
    expect(
      await within(bar).findByText(/担当を設定した申請: 1 件、スキップした申請: 1 件/, undefined, {
        timeout: 5_000,
      }),
    ).toBeInTheDocument();
    const progress = within(bar).getByRole('progressbar', { name: '担当の設定の進み具合' });
    expect(progress).toHaveAttribute('value', '2');
    expect(progress).toHaveAttribute('max', '2');
    expect(within(bar).getByRole('status')).toHaveTextContent(
      '2 件中 2 件を処理しました（うちスキップ 1 件）。 終わりました。',
    );
    expect(within(bar).getByText('R2D2-C3PA（処理が終わっている）')).toBeInTheDocument();
    expect(
      fetch.requests.filter((r) => r.path === '/api/staff/applications').length,
    ).toBeGreaterThan(listsBefore);
    expect(
      within(table).getByRole('checkbox', { name: '受付番号 K7P-4M2X を選ぶ' }),
    ).not.toBeChecked();
    expect(await findAxeViolations(container)).toEqual([]);
  });

  it('offers all the rows the filters match once the page is ticked, and sends the filters', async () => {
    // Arrange
    const { user, fetch } = renderConsoleApp('/?status=submitted', routes([buildJob()]));
    const table = await screen.findByRole('table', { name: '申請 2 件' });
    await user.click(within(table).getByRole('checkbox', { name: '表示中の 2 件をすべて選ぶ' }));
    const bar = screen.getByRole('region', { name: '選んだ申請の担当をまとめて設定' });

    // Act
    await user.click(
      await within(bar).findByRole('button', { name: '条件に一致する 120 件をすべて選ぶ' }),
    );
    await user.selectOptions(
      within(bar).getByLabelText('担当にする職員'),
      '担当なし（担当を外す）',
    );
    await user.click(within(bar).getByRole('button', { name: '担当を設定する' }));

    // Assert
    expect(
      fetch.requests.some(
        (request) => request.path === '/api/staff/applications/count?status=submitted',
      ),
    ).toBe(true);
    const started = fetch.requests.find((request) => request.method === 'POST');
    expect(started?.body).toEqual({ assigneeId: null, filter: { status: ['submitted'] } });
    expect(await within(bar).findByText(/順番を待っています。/)).toBeInTheDocument();
  });

  it('asks for the assignee before it starts', async () => {
    // Arrange
    const { user, fetch } = renderConsoleApp('/', routes([buildJob()]));
    const table = await screen.findByRole('table', { name: '申請 2 件' });
    await user.click(within(table).getByRole('checkbox', { name: '受付番号 K7P-4M2X を選ぶ' }));
    const bar = screen.getByRole('region', { name: '選んだ申請の担当をまとめて設定' });

    // Act
    await user.click(within(bar).getByRole('button', { name: '担当を設定する' }));

    // Assert
    expect(within(bar).getByText('担当にする職員を選んでください')).toBeInTheDocument();
    expect(fetch.requests.some((request) => request.method === 'POST')).toBe(false);
  });

  it('shows the API message when the municipality already has assignments running', async () => {
    // Arrange
    const { user } = renderConsoleApp(
      '/',
      routes([], { status: 429, body: buildApiErrorBody('bulk_assignment_limit_reached') }),
    );
    const table = await screen.findByRole('table', { name: '申請 2 件' });
    await user.click(within(table).getByRole('checkbox', { name: '受付番号 K7P-4M2X を選ぶ' }));
    const bar = screen.getByRole('region', { name: '選んだ申請の担当をまとめて設定' });
    await user.selectOptions(within(bar).getByLabelText('担当にする職員'), '小林 花子');

    // Act
    await user.click(within(bar).getByRole('button', { name: '担当を設定する' }));

    // Assert
    expect(await within(bar).findByText('担当の設定を開始できませんでした。')).toBeInTheDocument();
    expect(within(bar).queryByRole('progressbar')).toBeNull();
  });

  it('ticks the row the j shortcut moved to with x', async () => {
    // Arrange
    const { user } = renderConsoleApp('/', routes([buildJob()]));
    const table = await screen.findByRole('table', { name: '申請 2 件' });

    // Act
    await user.keyboard('jj');
    await user.keyboard('x');

    // Assert
    expect(within(table).getByRole('link', { name: 'R2D2-C3PA' })).toHaveFocus();
    expect(
      within(table).getByRole('checkbox', { name: '受付番号 R2D2-C3PA を選ぶ' }),
    ).toBeChecked();
    expect(
      within(table).getByRole('checkbox', { name: '受付番号 K7P-4M2X を選ぶ' }),
    ).not.toBeChecked();
    expect(screen.getByText('1 件を選んでいます。')).toBeInTheDocument();
  });
});
