import type { Locale } from '@madoguchi/shared-util-i18n';
import { ApiProvider, createApiClient } from '@madoguchi/web-data-access-api';
import type { MockRoute } from '@madoguchi/web-data-access-api/testing';
import { buildApiErrorBody, createMockFetch } from '@madoguchi/web-data-access-api/testing';
import { findAxeViolations } from '@madoguchi/web-ui-kit/testing';
import { QueryClient } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from '../../routing/router.js';
import { LocaleProvider } from '../../i18n/locale-context.js';
import { EmailConfirmation } from './email-confirmation.js';

const TOKEN = 'A'.repeat(43);

function renderConfirmation(
  routes: readonly MockRoute[],
  hash = `#token=${TOKEN}`,
  locale: Locale = 'ja',
) {
  const fetch = createMockFetch(routes);
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const view = render(
    <ApiProvider client={createApiClient({ fetch })} queryClient={queryClient}>
      <LocaleProvider initialLocale={locale}>
        <MemoryRouter>
          <EmailConfirmation hash={hash} />
        </MemoryRouter>
      </LocaleProvider>
    </ApiProvider>,
  );
  return { ...view, fetch, user: userEvent.setup() };
}

describe(EmailConfirmation.name, () => {
  it('confirms the address with the token of the link only when the button is pressed', async () => {
    // Arrange
    const { user, fetch, container } = renderConfirmation([
      {
        method: 'POST',
        path: '/api/email-confirmations/confirm',
        body: { ownerKind: 'resident', status: 'confirmed' },
      },
    ]);
    expect(fetch.requests).toHaveLength(0);
    expect(await findAxeViolations(container)).toEqual([]);

    // Act
    await user.click(screen.getByRole('button', { name: '確認する' }));

    // Assert
    expect(
      await screen.findByText(
        'メールアドレスを確認しました。これから通知をこのアドレスにお送りします。',
      ),
    ).toBeInTheDocument();
    expect(fetch.requests.map((request) => [request.path, request.body])).toEqual([
      ['/api/email-confirmations/confirm', { token: TOKEN }],
    ]);
    expect(screen.getByRole('link', { name: '通知の設定へ' })).toBeInTheDocument();
  });

  it('lets the person a proxy form named decline, in English', async () => {
    // Arrange
    const { user } = renderConfirmation(
      [
        {
          method: 'POST',
          path: '/api/email-confirmations/decline',
          body: { ownerKind: 'application_subject', status: 'declined' },
        },
      ],
      `#token=${TOKEN}`,
      'en',
    );

    // Act
    await user.click(screen.getByRole('button', { name: 'Decline' }));

    // Assert
    expect(
      await screen.findByText('Nothing more will be sent to this address.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('shows the API’s reason for an expired link', async () => {
    // Arrange
    const { user } = renderConfirmation([
      {
        method: 'POST',
        path: '/api/email-confirmations/confirm',
        status: 410,
        body: {
          error: {
            ...buildApiErrorBody('email_confirmation_expired').error,
            message: { ja: '期限が切れています', en: 'Expired' },
          },
        },
      },
    ]);

    // Act
    await user.click(screen.getByRole('button', { name: '確認する' }));

    // Assert
    expect(await screen.findByText('期限が切れています')).toBeInTheDocument();
  });

  it('says so when the link has no token, with furigana in やさしい日本語', () => {
    const { container, fetch } = renderConfirmation([], '', 'easyJa');

    expect(screen.getByRole('alert')).toBeInTheDocument();
    expect(container.querySelector('ruby')).not.toBeNull();
    expect(fetch.requests).toHaveLength(0);
  });
});
