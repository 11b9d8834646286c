import type { AuditLogPage } from '@madoguchi/procedures-contracts';
import { AUDIT_ACTIONS } from '@madoguchi/procedures-contracts';
import type { MockRequest } from '@madoguchi/web-data-access-api/testing';
import { buildApiErrorBody } from '@madoguchi/web-data-access-api/testing';
import { findAxeViolations } from '@madoguchi/web-ui-kit/testing';
import { screen, waitFor, within } from '@testing-library/react';
import { renderConsoleApp } from '../../testing/render-app.js';
import { buildAdminActor, buildAuditLogEntry } from './administration-testing.js';
import { AuditLog } from './audit-log.js';

const PATH = '/admin/audit-log';
const AUDIT = /^\/api\/staff\/administration\/audit-log(\?.*)?$/;

const read = buildAuditLogEntry();
const disabled = buildAuditLogEntry({
  id: '40',
  occurredAt: '2026-12-06T23:00:00.000000Z',
  actorId: 'staff-chiyoda-kobayashi',
  actorName: '小林 真理子',
  action: 'procedure.disable',
  targetType: 'procedure',
  targetId: 'pregnancy-notification',
  receiptNumber: null,
  detail: { procedureId: 'pregnancy-notification', from: true, to: false },
});
const older = buildAuditLogEntry({
  id: '12',
  occurredAt: '2026-12-01T00:00:00.000000Z',
  actorKind: 'resident',
  actorId: 'resident-yamada-hanako',
  actorName: null,
  action: 'application.submit',
});

/** The audit API: two pages without filters, the page the query asks for otherwise. */
function auditRoutes(answer: (request: MockRequest) => AuditLogPage) {
  return [
    { path: '/api/session', body: buildAdminActor() },
    { path: AUDIT, respond: answer },
  ];
}

const query = (request: MockRequest) => new URL(request.path, 'http://x').searchParams;

describe(AuditLog.name, () => {
  it('shows the trail newest first with who, what and which application, and pages on', async () => {
    // Arrange
    const { user, fetch, container } = renderConsoleApp(
      PATH,
      auditRoutes((request) =>
        query(request).get('cursor') === 'next'
          ? { items: [older], nextCursor: null }
          : { items: [read, disabled], nextCursor: 'next' },
      ),
    );

    // Act
    const table = await screen.findByRole('table', { name: '操作記録 2 件（さらにあります）' });

    // Assert
    const rows = within(table).getAllByRole('row');
    expect(
      within(rows[0]!)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['日時', '操作した人', '操作', '対象', '内容']);
    expect(within(rows[1]!).getByRole('rowheader')).toHaveTextContent('2026/12/07 10:02');
    expect(rows[1]).toHaveTextContent(
      /佐藤 一郎\s*職員 ・ staff-chiyoda-sato\s*申請の閲覧\s*application\.read/,
    );
    expect(within(rows[1]!).getByRole('link', { name: '受付番号 K7QF-3XMA' })).toHaveAttribute(
      'href',
      `/applications/${read.targetId}`,
    );
    expect(rows[2]).toHaveTextContent(
      /手続の受付停止\s*procedure\.disable\s*procedure\s*pregnancy-notification/,
    );
    expect(rows[2]).toHaveTextContent('"from":true,"to":false');
    expect(await findAxeViolations(container)).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'さらに表示' }));
    const all = await screen.findByRole('table', { name: '操作記録 3 件' });
    expect(within(all).getAllByRole('row')[3]).toHaveTextContent(/resident-yamada-hanako\s*住民/);
    expect(screen.queryByRole('button', { name: 'さらに表示' })).not.toBeInTheDocument();
    expect(fetch.requests.filter((request) => AUDIT.test(request.path)).at(-1)?.path).toBe(
      '/api/staff/administration/audit-log?cursor=next',
    );
  });

  it('searches by person, 受付番号, action and days', async () => {
    // Arrange
    const { user, fetch } = renderConsoleApp(
      PATH,
      auditRoutes((request) =>
        query(request).has('actorId')
          ? { items: [read], nextCursor: null }
          : { items: [read, disabled], nextCursor: null },
      ),
    );
    await screen.findByRole('table', { name: '操作記録 2 件' });
    const search = screen.getByRole('search', { name: '操作記録の検索' });

    // Act
    await user.type(within(search).getByLabelText(/操作した人/), 'staff-chiyoda-sato');
    await user.type(within(search).getByLabelText(/^受付番号/), 'k7qf3xma');
    await user.selectOptions(within(search).getByLabelText(/操作の種類/), '申請の閲覧');
    await user.type(within(search).getByLabelText(/期間（開始日）/), '2026-12-01');
    await user.type(within(search).getByLabelText(/期間（終了日）/), '2026-12-07');
    await user.click(within(search).getByRole('button', { name: '検索' }));

    // Assert
    expect(await screen.findByRole('table', { name: '操作記録 1 件' })).toBeInTheDocument();
    const sent = query(fetch.requests.filter((request) => AUDIT.test(request.path)).at(-1)!);
    expect(Object.fromEntries(sent)).toEqual({
      actorId: 'staff-chiyoda-sato',
      receiptNumber: 'k7qf3xma',
      action: 'application.read',
      from: '2026-12-01',
      to: '2026-12-07',
    });
  });

  it('refuses a period that ends before it starts, with an error summary, and asks nothing', async () => {
    // Arrange
    const { user, fetch } = renderConsoleApp(
      PATH,
      auditRoutes(() => ({ items: [], nextCursor: null })),
    );
    await screen.findByRole('table', { name: '操作記録 0 件' });
    const asked = fetch.requests.length;

    // Act
    await user.type(screen.getByLabelText(/期間（開始日）/), '2026-12-07');
    await user.type(screen.getByLabelText(/期間（終了日）/), '2026-12-01');
    await user.click(screen.getByRole('button', { name: '検索' }));

    // Assert
    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', { name: /開始日は終了日より前の日にしてください。/ }),
    ).toHaveAttribute('href', '#audit-to');
    expect(screen.getByLabelText(/期間（終了日）/)).toHaveAttribute('aria-invalid', 'true');
    expect(fetch.requests.length).toBe(asked);
    expect(screen.getByText('条件に合う操作記録はありません。')).toBeInTheDocument();
  });

  it('offers the closed set of actions under their groups, and a whole group', async () => {
    // Arrange
    const { user, fetch } = renderConsoleApp(
      PATH,
      auditRoutes(() => ({ items: [], nextCursor: null })),
    );
    await screen.findByRole('table', { name: '操作記録 0 件' });
    const action = screen.getByLabelText(/操作の種類/);

    // Assert: every code once, under its group, with its label; nothing typed in
    const groups = within(action).getAllByRole('group');
    expect(groups.map((group) => group.getAttribute('label'))).toEqual([
      '申請',
      '個人情報',
      '書き出し',
      '窓口（書かない窓口）',
      '管理',
      '基幹系連携',
      '通知',
    ]);
    const codes = within(action)
      .getAllByRole('option')
      .map((option) => option.getAttribute('value'))
      .filter((value) => value && !value.startsWith('group:'));
    expect([...codes].sort()).toEqual([...AUDIT_ACTIONS].sort());
    expect(within(groups[1]!).getByRole('option', { name: '個人番号などの表示' })).toHaveValue(
      'personal_data.reveal',
    );

    // Act
    await user.selectOptions(action, '個人情報のすべて');
    await user.click(screen.getByRole('button', { name: '検索' }));

    // Assert
    await waitFor(() => {
      const sent = query(fetch.requests.filter((request) => AUDIT.test(request.path)).at(-1)!);
      expect(Object.fromEntries(sent)).toEqual({ actionGroup: 'personal_data' });
    });
  });

  it('shows the API’s message when the search is refused', async () => {
    renderConsoleApp(PATH, [
      { path: '/api/session', body: buildAdminActor() },
      { path: AUDIT, status: 400, body: buildApiErrorBody('invalid_receipt_number') },
    ]);

    const alert = await screen.findByRole('alert');

    expect(alert).toHaveTextContent('情報を読み込めませんでした。');
    expect(alert).toHaveTextContent('エラー（invalid_receipt_number）');
  });
});
