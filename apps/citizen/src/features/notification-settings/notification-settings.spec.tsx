import { DEFAULT_NOTIFICATION_PREFERENCES } from '@madoguchi/notifications-contracts';
import { ApiProvider, createApiClient } from '@madoguchi/web-data-access-api';
import type { Locale } from '@madoguchi/shared-util-i18n';
import type { MockRoute } from '@madoguchi/web-data-access-api/testing';
import {
  buildApiErrorBody,
  buildResidentActor,
  createMockFetch,
} from '@madoguchi/web-data-access-api/testing';
import { findAxeViolations } from '@madoguchi/web-ui-kit/testing';
import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LocaleProvider } from '../../i18n/locale-context.js';
import { NotificationSettings } from './notification-settings.js';

const watchRelationship = {
  id: '0d6f1a1e-8f5b-4b51-9d0a-2f4c6a7b8c9d',
  residentName: '山田 花子',
  watcherName: null,
  inviteeLabel: '長男',
  relationship: 'family',
  status: 'invited',
  invitedAt: '2026-04-01T00:00:00.000Z',
  expiresAt: '2026-04-08T00:00:00.000Z',
  acceptedAt: null,
  endedAt: null,
};

function renderSettings(routes: readonly MockRoute[], locale: Locale = 'ja') {
  // The test's routes first: the mock answers with the first route that matches.
  const fetch = createMockFetch([
    ...routes,
    { path: '/api/session', body: buildResidentActor() },
    { path: '/api/me/notification-preferences', body: DEFAULT_NOTIFICATION_PREFERENCES },
    {
      path: '/api/me/notification-contact',
      body: { email: null, confirmation: null, canResendAt: null },
    },
    { path: '/api/notifications/push-public-key', body: { publicKey: 'BJMV' } },
    { path: '/api/me/push-subscriptions', body: [] },
    { path: '/api/me/watchers', body: { watchers: [], watching: [] } },
  ]);
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const view = render(
    <ApiProvider client={createApiClient({ fetch })} queryClient={queryClient}>
      <LocaleProvider initialLocale={locale}>
        <NotificationSettings />
      </LocaleProvider>
    </ApiProvider>,
  );
  return { ...view, fetch, user: userEvent.setup() };
}

describe(NotificationSettings.name, () => {
  it('opts out of childcare reminders, moves the quiet hours and saves', async () => {
    // Arrange
    const { user, fetch, container } = renderSettings([
      {
        method: 'PUT',
        path: '/api/me/notification-preferences',
        respond: (request) => request.body,
      },
    ]);
    const childcare = await screen.findByRole('group', { name: '子育て（健診・予防接種・手当）' });
    expect(await findAxeViolations(container)).toEqual([]);

    // Act
    await user.click(within(childcare).getByRole('checkbox', { name: '受け取る' }));
    await user.clear(screen.getByLabelText('開始'));
    await user.type(screen.getByLabelText('開始'), '22:00');
    await user.click(screen.getByRole('button', { name: '設定を保存' }));

    // Assert
    expect(await screen.findByText('設定を保存しました。')).toBeInTheDocument();
    const saved = fetch.requests.find((request) => request.method === 'PUT');
    expect(saved?.body).toEqual({
      ...DEFAULT_NOTIFICATION_PREFERENCES,
      categories: {
        ...DEFAULT_NOTIFICATION_PREFERENCES.categories,
        childcare: { isEnabled: false, webPush: true, email: true },
      },
      quietHours: { start: '22:00', end: '08:00' },
    });
    expect(saved?.headers['x-madoguchi-csrf']).toBe('1');
  });

  it('refuses to invite a watcher without consent, then shows the invitation code once', async () => {
    // Arrange
    const { user, fetch } = renderSettings([
      {
        method: 'POST',
        path: '/api/me/watchers/invitations',
        status: 201,
        body: { relationship: watchRelationship, invitationCode: 'ABCD-EFGH-JKMN' },
      },
    ]);
    await user.type(await screen.findByLabelText('招待する人'), '長男');

    // Act
    await user.click(screen.getByRole('button', { name: '招待コードを発行' }));
    expect(fetch.requests.some((request) => request.path === '/api/me/watchers/invitations')).toBe(
      false,
    );
    await user.click(
      screen.getByRole('checkbox', {
        name: '介護に関するお知らせをこの人と共有することに同意します。',
      }),
    );
    await user.click(screen.getByRole('button', { name: '招待コードを発行' }));

    // Assert
    expect(await screen.findByText('招待コード: ABCD-EFGH-JKMN')).toBeInTheDocument();
    await waitFor(() =>
      expect(
        fetch.requests.find((request) => request.path === '/api/me/watchers/invitations')?.body,
      ).toEqual({
        inviteeLabel: '長男',
        relationship: 'family',
        hasConsented: true,
      }),
    );
  });

  it('shows a new address as 確認待ち and sends its confirmation mail again on request', async () => {
    // Arrange
    const pending = { email: 'hanako@example.jp', confirmation: 'pending', canResendAt: null };
    const { user, fetch } = renderSettings([
      { method: 'PUT', path: '/api/me/notification-contact', body: pending },
      { method: 'POST', path: '/api/me/notification-contact/confirmation-mail', body: pending },
    ]);
    await user.type(await screen.findByLabelText('メールアドレス'), 'hanako@example.jp');

    // Act
    await user.click(screen.getByRole('button', { name: 'メールアドレスを保存' }));
    await user.click(await screen.findByRole('button', { name: '確認メールをもう一度送る' }));

    // Assert
    expect(screen.getByText('確認待ち')).toBeInTheDocument();
    expect(await screen.findByText('確認メールを送りました。')).toBeInTheDocument();
    expect(
      fetch.requests.filter((request) => request.method !== 'GET').map((request) => request.path),
    ).toEqual(['/api/me/notification-contact', '/api/me/notification-contact/confirmation-mail']);
  });

  it('says why a resend was refused, in the resident’s language', async () => {
    // Arrange
    const { user } = renderSettings(
      [
        {
          path: '/api/me/notification-contact',
          body: { email: 'hanako@example.jp', confirmation: 'pending', canResendAt: null },
        },
        {
          method: 'POST',
          path: '/api/me/notification-contact/confirmation-mail',
          status: 429,
          body: {
            error: {
              ...buildApiErrorBody('email_confirmation_rate_limited').error,
              message: { ja: '1分に1回まで', en: 'Once a minute', easyJa: '1分に1回まで送れます' },
            },
          },
        },
      ],
      'en',
    );

    // Act
    await user.click(
      await screen.findByRole('button', { name: 'Send the confirmation mail again' }),
    );

    // Assert
    expect(await screen.findByText('Once a minute')).toBeInTheDocument();
    expect(screen.getByText('Waiting for confirmation')).toBeInTheDocument();
  });

  it('shows a confirmed address without a resend', async () => {
    renderSettings([
      {
        path: '/api/me/notification-contact',
        body: { email: 'hanako@example.jp', confirmation: 'confirmed', canResendAt: null },
      },
    ]);

    expect(await screen.findByText('確認済み')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '確認メールをもう一度送る' })).toBeNull();
  });

  it('says when the browser cannot receive pushes', async () => {
    renderSettings([]);

    expect(
      await screen.findByText('このブラウザはプッシュ通知に対応していません。'),
    ).toBeInTheDocument();
  });

  it('shows its headings and leads with furigana in やさしい日本語, their names kept plain', async () => {
    const { container } = renderSettings([], 'easyJa');

    const heading = await screen.findByRole('heading', { level: 2, name: '見守り' });
    expect(heading.querySelector('ruby')).not.toBeNull();
    expect(container.querySelectorAll('p ruby').length).toBeGreaterThan(0);
  });
});
