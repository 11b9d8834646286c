import {
  buildProcedureSummary,
  buildStaffActor,
  buildStaffMember,
  buildWorkQueueItem,
  buildWorkQueuePage,
} from '@madoguchi/web-data-access-api/testing';
import type { MockRoute } from '@madoguchi/web-data-access-api/testing';
import { findAxeViolations } from '@madoguchi/web-ui-kit/testing';
import { fireEvent, screen, within } from '@testing-library/react';
import { CONSOLE_LOCALE_STORAGE_KEY } from '../../i18n/locale-context.js';
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
    expect(
      within(screen.getByRole('navigation', { name: 'メインメニュー' })).getByRole('link', {
        name: '作業一覧',
      }),
    ).toBeInTheDocument();
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

  it('writes the receipt time and the due date in one format, 2026/12/03 2:00 and 2027/01/21', async () => {
    // Arrange
    const dated = buildWorkQueueItem({
      submittedAt: '2026-12-02T17:00:00.000Z',
      dueDate: '2027-01-21',
    });
    renderConsoleApp(
      '/',
      routes([{ path: '/api/staff/applications', body: buildWorkQueuePage([dated]) }]),
    );

    // Act
    const row = within(await screen.findByRole('table', { name: '申請 1 件' })).getAllByRole(
      'row',
    )[1]!;

    // Assert
    expect(row).toHaveTextContent('2026/12/03 2:00');
    expect(row).toHaveTextContent('2027/01/21');
    expect(row).not.toHaveTextContent('2027-01-21');
  });

  it('switches to English with the header’s language buttons: headings, filters, statuses and the title', async () => {
    // Arrange
    const { user, container } = renderConsoleApp(
      '/',
      routes([
        { path: '/api/staff/applications', body: buildWorkQueuePage([submitted, inReview]) },
      ]),
    );
    await screen.findByRole('table', { name: '申請 2 件' });

    // Act
    await user.click(
      within(screen.getByRole('group', { name: '言語 / Language' })).getByRole('button', {
        name: 'English',
      }),
    );

    // Assert
    const table = await screen.findByRole('table', { name: '2 applications' });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Work queue');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual([
      // The select column: its header is the "select the rows shown" checkbox.
      '',
      'Receipt number',
      'Procedure',
      'Applicant',
      'Status',
      'Received',
      'Due date',
      'Assignee',
    ]);
    expect(within(table).getByRole('checkbox', { name: 'Select the 2 shown' })).toBeInTheDocument();
    const [, firstRow, secondRow] = within(table).getAllByRole('row');
    expect(firstRow).toHaveTextContent('Pregnancy notification');
    expect(firstRow).toHaveTextContent('Submitted');
    expect(secondRow).toHaveTextContent('In review');
    expect(table).not.toHaveTextContent('妊娠の届出');
    const statusFilter = screen.getByRole('combobox', { name: 'Filter by status' });
    expect(within(statusFilter).getByRole('option', { name: 'All statuses' })).toBeInTheDocument();
    expect(
      within(statusFilter).getByRole('option', { name: 'Awaiting approval' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Filter by due date' })).toHaveTextContent(
      'Due within 7 days',
    );
    expect(screen.getByRole('combobox', { name: 'Filter by assignee' })).toHaveTextContent(
      'Unassigned',
    );
    expect(screen.getByRole('group', { name: 'Filters and sort order' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: /Search by receipt number/ })).toBeInTheDocument();
    expect(
      within(screen.getByRole('navigation', { name: 'Main menu' })).getByRole('link', {
        name: 'Work queue',
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement).toHaveAttribute('lang', 'en');
    expect(document.title).toBe('Work queue | Madoguchi staff console');
    expect(await findAxeViolations(container)).toEqual([]);
  });

  it('opens in the language chosen earlier on this PC, and goes back to Japanese', async () => {
    // Arrange
    window.localStorage.setItem(CONSOLE_LOCALE_STORAGE_KEY, 'en');
    const { user } = renderConsoleApp(
      '/',
      routes([{ path: '/api/staff/applications', body: buildWorkQueuePage([submitted]) }]),
    );
    await screen.findByRole('table', { name: '1 application' });

    // Act
    await user.click(screen.getByRole('button', { name: '日本語' }));

    // Assert
    const table = await screen.findByRole('table', { name: '申請 1 件' });
    expect(within(table).getByRole('columnheader', { name: '状態' })).toBeInTheDocument();
    expect(within(table).getByText('送信済')).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('lang', 'ja');
    expect(document.title).toBe('作業一覧 | 窓口 職員コンソール');
    expect(window.localStorage.getItem(CONSOLE_LOCALE_STORAGE_KEY)).toBe('ja');
  });

  describe('keyboard shortcuts', () => {
    function renderQueue() {
      return renderConsoleApp(
        '/',
        routes([
          {
            path: '/api/staff/applications',
            body: buildWorkQueuePage([submitted, inReview, third]),
          },
          { path: `/api/staff/applications/${inReview.id}`, status: 404, body: NOT_FOUND },
        ]),
      );
    }
    const NOT_FOUND = { error: { code: 'not_found', message: { ja: '', en: '' }, fields: [] } };

    it('moves the focus down and up the rows with j and k, and opens the row with Enter', async () => {
      // Arrange
      const { user, router } = renderQueue();
      const table = await screen.findByRole('table', { name: '申請 3 件' });
      const [first, second, last] = within(table)
        .getAllByRole('link')
        .filter((link) => link.getAttribute('href')?.startsWith('/applications/'));

      // Act / Assert
      await user.keyboard('j');
      expect(first).toHaveFocus();
      await user.keyboard('jj');
      expect(last).toHaveFocus();
      await user.keyboard('j');
      expect(last).toHaveFocus();
      await user.keyboard('k');
      expect(second).toHaveFocus();
      await user.keyboard('{Enter}');
      expect(router.state.location.pathname).toBe(`/applications/${inReview.id}`);
    });

    it('jumps to the search box with / and leaves letters alone while typing', async () => {
      // Arrange
      const { user } = renderQueue();
      await screen.findByRole('table', { name: '申請 3 件' });
      const search = screen.getByRole('searchbox', { name: '受付番号・申請者名で検索' });

      // Act
      await user.keyboard('/');
      await user.keyboard('jk/');

      // Assert
      expect(search).toHaveFocus();
      expect(search).toHaveValue('jk/');
    });

    it('ignores j with a modifier key, so browser shortcuts keep working', async () => {
      // Arrange
      renderQueue();
      await screen.findByRole('table', { name: '申請 3 件' });

      // Act
      fireEvent.keyDown(document.body, { key: 'j', ctrlKey: true });

      // Assert
      expect(document.body).toHaveFocus();
    });

    it('lists the shortcuts in a キーボード操作 help', async () => {
      // Arrange
      const { user, container } = renderQueue();
      await screen.findByRole('table', { name: '申請 3 件' });

      // Act
      await user.click(screen.getByText('キーボード操作'));

      // Assert
      const help = screen.getByText('キーボード操作').closest('details')!;
      expect(help).toHaveAttribute('open');
      expect(help).toHaveTextContent('j次の申請へ移動');
      expect(help).toHaveTextContent('/検索欄へ移動');
      expect(await findAxeViolations(container)).toEqual([]);
    });
  });
});
