import type { DeadLetter } from '@madoguchi/notifications-contracts';
import type { MockRoute } from '@madoguchi/web-data-access-api/testing';
import {
  buildApiErrorBody,
  buildDeadLetter,
  buildStaffActor,
} from '@madoguchi/web-data-access-api/testing';
import { findAxeViolations } from '@madoguchi/web-ui-kit/testing';
import { screen, within } from '@testing-library/react';
import { CONSOLE_LOCALE_STORAGE_KEY } from '../../i18n/locale-context.js';
import { renderConsoleApp } from '../../testing/render-app.js';
import { DeadLetterList } from './dead-letter-list.js';

const PATH = '/notifications/dead-letters';
const LIST = '/api/staff/notification-deliveries/dead-letters';

const checkup = buildDeadLetter();
const push = buildDeadLetter({
  id: '1b2c3d4e-0000-4000-8000-000000000002',
  channel: 'web_push',
  recipientId: 'resident-suzuki-jiro',
  category: 'application',
  title: '申請の状況が変わりました',
  attempts: 3,
  lastError: null,
  failedAt: null,
});

/** The API of the page: the list as it is now, and a retry that takes the row off it. */
function deadLetterRoutes(initial: DeadLetter[], retry: Partial<MockRoute> = {}): MockRoute[] {
  let letters = initial;
  return [
    { path: '/api/session', body: buildStaffActor() },
    { path: LIST, respond: () => letters },
    {
      method: 'POST',
      path: /^\/api\/staff\/notification-deliveries\/[^/]+\/retry$/,
      status: 204,
      respond: (request) => {
        letters = letters.filter((letter) => !request.path.includes(letter.id));
        return undefined;
      },
      ...retry,
    },
  ];
}

describe(DeadLetterList.name, () => {
  it('lists them in English for a staff member who chose English, with the API’s error in English', async () => {
    // Arrange
    window.localStorage.setItem(CONSOLE_LOCALE_STORAGE_KEY, 'en');
    const { user, container } = renderConsoleApp(
      PATH,
      deadLetterRoutes([push], {
        status: 500,
        respond: () => buildApiErrorBody('internal_error'),
      }),
    );
    const table = await screen.findByRole('table', {
      name: '1 notification waiting for a retry',
    });
    expect(screen.getByRole('heading', { level: 1, name: 'Failed notifications' })).toBeVisible();
    expect(within(table).getByRole('columnheader', { name: 'Channel' })).toBeInTheDocument();
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('Push notification');
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('3 times');
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('Not recorded');

    // Act
    await user.click(within(table).getByRole('button', { name: /^Retry/ }));

    // Assert
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('“申請の状況が変わりました” could not be sent again.');
    expect(alert).toHaveTextContent('Error (internal_error)');
    expect(await findAxeViolations(container)).toEqual([]);
  });

  it('lists the failed deliveries in a table, in Japan time, with a named 再送 button per row', async () => {
    // Arrange
    const { container } = renderConsoleApp(PATH, deadLetterRoutes([checkup, push]));

    // Act
    const table = await screen.findByRole('table', { name: '再送を待つ通知 2 件' });

    // Assert
    expect(
      screen.getByRole('heading', { level: 1, name: '送信に失敗した通知' }),
    ).toBeInTheDocument();
    const rows = within(table).getAllByRole('row');
    expect(
      within(rows[0]!)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual([
      '件名',
      '送信方法',
      '宛先（利用者 ID）',
      '種類',
      '試行回数',
      '最後のエラー',
      '失敗日時',
      '操作',
    ]);
    expect(within(rows[1]!).getByRole('rowheader')).toHaveTextContent('3〜4か月児健診のお知らせ');
    expect(rows[1]).toHaveTextContent(
      /メール\s*resident-yamada-hanako\s*子育て\s*5 回\s*smtp_550\s*2025\/04\/02 10:30/,
    );
    expect(rows[2]).toHaveTextContent(
      /プッシュ通知\s*resident-suzuki-jiro\s*申請の状況\s*3 回\s*記録なし/,
    );
    expect(
      within(rows[1]!).getByRole('button', {
        // The visible 再送 first (WCAG 2.5.3), then which row, for screen readers.
        name: /^再送\s?（3〜4か月児健診のお知らせ、メール、宛先 resident-yamada-hanako、2025\/04\/02 10:30 失敗）$/,
      }),
    ).toBeEnabled();
    expect(screen.getByRole('link', { name: '送信に失敗した通知' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(await findAxeViolations(container)).toEqual([]);
  });

  it('retries a delivery: calls the API, takes the row off the list and says so in focus', async () => {
    // Arrange
    const { user, fetch, container } = renderConsoleApp(PATH, deadLetterRoutes([checkup, push]));
    await screen.findByRole('table', { name: '再送を待つ通知 2 件' });

    // Act
    await user.click(screen.getByRole('button', { name: /^再送\s?（3〜4か月児健診のお知らせ、/ }));

    // Assert
    const status = await screen.findByRole('status');
    expect(status).toHaveTextContent('「3〜4か月児健診のお知らせ」を再送します。');
    expect(document.activeElement).toContainElement(status);
    const table = await screen.findByRole('table', { name: '再送を待つ通知 1 件' });
    expect(within(table).queryByText('3〜4か月児健診のお知らせ')).not.toBeInTheDocument();
    expect(within(table).getByText('申請の状況が変わりました')).toBeInTheDocument();
    const retried = fetch.requests.find((request) => request.method === 'POST');
    expect(retried).toMatchObject({
      path: `/api/staff/notification-deliveries/${checkup.id}/retry`,
      headers: { 'x-madoguchi-csrf': '1' },
    });
    expect(await findAxeViolations(container)).toEqual([]);
  });

  it('says when nothing waits for a retry', async () => {
    renderConsoleApp(PATH, deadLetterRoutes([]));

    const table = await screen.findByRole('table', { name: '再送を待つ通知 0 件' });

    expect(table).toHaveTextContent('再送を待つ通知はありません。');
    expect(screen.queryByRole('button', { name: /^再送/ })).not.toBeInTheDocument();
  });

  it('shows the API’s message in focus when a retry fails, and keeps the row', async () => {
    // Arrange
    const { user } = renderConsoleApp(
      PATH,
      deadLetterRoutes([checkup], {
        status: 500,
        respond: () => buildApiErrorBody('internal_error'),
      }),
    );

    // Act
    await user.click(await screen.findByRole('button', { name: /^再送\s?（3〜4か月児健診/ }));

    // Assert
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('「3〜4か月児健診のお知らせ」を再送できませんでした。');
    expect(alert).toHaveTextContent('エラー（internal_error）');
    expect(document.activeElement).toContainElement(alert);
    expect(screen.getByRole('table', { name: '再送を待つ通知 1 件' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^再送\s?（3〜4か月児健診/ })).toBeEnabled();
  });

  it('shows why the list could not be loaded', async () => {
    renderConsoleApp(PATH, [
      { path: '/api/session', body: buildStaffActor() },
      { path: LIST, status: 503, body: buildApiErrorBody('service_unavailable') },
    ]);

    const alert = await screen.findByRole('alert');

    expect(alert).toHaveTextContent('情報を読み込めませんでした。');
    expect(alert).toHaveTextContent('エラー（service_unavailable）');
  });

  it('says in English why the list could not be loaded, with its Reload button', async () => {
    window.localStorage.setItem(CONSOLE_LOCALE_STORAGE_KEY, 'en');
    renderConsoleApp(PATH, [
      { path: '/api/session', body: buildStaffActor() },
      { path: LIST, status: 503, body: buildApiErrorBody('service_unavailable') },
    ]);

    const alert = await screen.findByRole('alert');

    expect(alert).toHaveTextContent('The information could not be loaded.');
    expect(alert).toHaveTextContent('Error (service_unavailable)');
    expect(within(alert).getByRole('button', { name: 'Reload' })).toBeInTheDocument();
  });
});
