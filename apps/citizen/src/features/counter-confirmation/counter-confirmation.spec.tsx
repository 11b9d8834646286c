import type { Locale } from '@madoguchi/shared-util-i18n';
import type { CounterConfirmationPreview } from '@madoguchi/procedures-contracts';
import { ApiProvider, createApiClient, loadContractCheck } from '@madoguchi/web-data-access-api';
import type { MockRoute } from '@madoguchi/web-data-access-api/testing';
import {
  buildApiErrorBody,
  buildServedFormDefinition,
  createMockFetch,
} from '@madoguchi/web-data-access-api/testing';
import { findAxeViolations } from '@madoguchi/web-ui-kit/testing';
import { QueryClient } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LocaleProvider } from '../../i18n/locale-context.js';
import { MemoryRouter } from '../../routing/router.js';
import { CounterConfirmation, readCounterLink } from './counter-confirmation.js';

const TOKEN = 'AbCdEfGhIjKlMnOpQrStUv';
const PREVIEW = '/api/counter/confirmations/preview';
const CONFIRM = '/api/counter/confirmations/confirm';

const preview: CounterConfirmationPreview = {
  municipalityCode: '131016',
  municipalityName: '千代田区',
  procedureId: 'test-form',
  procedureTitle: { ja: 'テスト申請', en: 'Test form', easyJa: 'てすと' },
  formVersion: 1,
  answers: { name: '小田原 花子', myNumber: '********5352' },
  identityMethod: 'my_number_card',
  tokenExpiresAt: '2026-12-07T06:10:00.000Z',
};

const form = {
  procedureId: 'test-form',
  municipalityCode: '131016',
  formVersion: 1,
  baseFormVersion: 1,
  definition: buildServedFormDefinition({
    id: 'test-form',
    steps: [
      {
        id: 'main',
        title: { ja: '申請者', en: 'Applicant', easyJa: 'しんせいしゃ' },
        fields: [
          { id: 'name', type: 'text', label: { ja: '名前', en: 'Name', easyJa: 'なまえ' } },
          {
            id: 'myNumber',
            type: 'myNumber',
            label: { ja: '個人番号', en: 'My Number', easyJa: 'こじんばんごう' },
          },
        ],
      },
    ],
  }),
};

function renderPage(routes: readonly MockRoute[], hash: string, locale: Locale = 'ja') {
  const fetch = createMockFetch([
    { path: '/api/municipalities/131016/procedures/test-form/form?version=1', body: form },
    ...routes,
  ]);
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const view = render(
    <ApiProvider
      client={createApiClient({ fetch, contractCheck: loadContractCheck })}
      queryClient={queryClient}
    >
      <LocaleProvider initialLocale={locale}>
        <MemoryRouter>
          <CounterConfirmation hash={hash} />
        </MemoryRouter>
      </LocaleProvider>
    </ApiProvider>,
  );
  return { ...view, fetch, user: userEvent.setup() };
}

/** The API's answer to the confirmation: received as K7QF-3XMA (linked to a 控え when signed in). */
function confirmed(applicationId: string | null): MockRoute {
  return {
    method: 'POST',
    path: CONFIRM,
    body: {
      receiptNumber: 'K7QF-3XMA',
      submittedAt: '2026-12-07T06:00:00.000Z',
      procedureTitle: preview.procedureTitle,
      municipalityName: '千代田区',
      applicationId,
    },
  };
}

describe(CounterConfirmation.name, () => {
  it('shows what staff filled, the 個人番号 masked, and submits only when the resident presses the button', async () => {
    const { user, fetch, container } = renderPage(
      [{ method: 'POST', path: PREVIEW, body: preview }, confirmed(null)],
      `#token=${TOKEN}&via=qr`,
    );

    expect(await screen.findByText('小田原 花子')).toBeInTheDocument();
    expect(screen.getByText(/＊＊＊＊ ＊＊＊＊ 5352/)).toBeInTheDocument();
    expect(container).not.toHaveTextContent('314159265352');
    expect(screen.getByText('マイナンバーカード')).toBeInTheDocument();
    expect(fetch.requests.filter((request) => request.path === CONFIRM)).toHaveLength(0);
    expect(fetch.requests.find((request) => request.path === PREVIEW)?.body).toEqual({
      token: TOKEN,
    });
    expect(fetch.requests.every((request) => !request.path.includes(TOKEN))).toBe(true);
    expect(await findAxeViolations(container)).toEqual([]);

    await user.click(screen.getByRole('button', { name: '確認して申請する' }));

    expect(await screen.findByTestId('counter-receipt-number')).toHaveTextContent('K7QF-3XMA');
    expect(screen.getByRole('status')).toHaveTextContent('申請しました');
    expect(fetch.requests.find((request) => request.path === CONFIRM)?.body).toEqual({
      token: TOKEN,
      via: 'qr',
    });
  });

  it('records the counter screen as the channel, and links a signed-in resident to the 控え', async () => {
    const { user, fetch } = renderPage(
      [
        { method: 'POST', path: PREVIEW, body: preview },
        confirmed('9d2b4c6e-8f0a-4b1c-9d2e-3f4a5b6c7d8e'),
      ],
      `#token=${TOKEN}&via=counter_screen`,
    );

    await user.click(await screen.findByRole('button', { name: '確認して申請する' }));

    expect(await screen.findByRole('link', { name: '申請の控えを見る' })).toHaveAttribute(
      'href',
      '/applications/9d2b4c6e-8f0a-4b1c-9d2e-3f4a5b6c7d8e/receipt',
    );
    expect(fetch.requests.find((request) => request.path === CONFIRM)?.body).toMatchObject({
      via: 'counter_screen',
    });
  });

  it('tells the resident in English when the link has expired', async () => {
    renderPage(
      [
        {
          method: 'POST',
          path: PREVIEW,
          status: 410,
          body: {
            error: {
              code: 'counter_token_expired',
              message: { ja: '有効期限が切れました。', en: 'This confirmation link has expired.' },
              fields: [],
            },
          },
        },
      ],
      `#token=${TOKEN}&via=qr`,
      'en',
    );

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This confirmation link has expired.',
    );
    expect(screen.queryByRole('button', { name: 'Confirm and apply' })).not.toBeInTheDocument();
  });

  it('shows the API’s refusal when the link was already used', async () => {
    const { user } = renderPage(
      [
        { method: 'POST', path: PREVIEW, body: preview },
        {
          method: 'POST',
          path: CONFIRM,
          status: 410,
          body: buildApiErrorBody('counter_token_used'),
        },
      ],
      `#token=${TOKEN}&via=qr`,
    );

    await user.click(await screen.findByRole('button', { name: '確認して申請する' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('エラー（counter_token_used）');
  });

  it('refuses a link without a well-formed token before asking the API anything', () => {
    const { fetch } = renderPage([], '#token=short');

    expect(screen.getByRole('alert')).toHaveTextContent('リンクが正しくありません');
    expect(fetch.requests).toHaveLength(0);
  });
});

describe(readCounterLink.name, () => {
  it.each([
    ['', null],
    [`#token=${TOKEN}&via=email`, null],
    [`#token=${TOKEN}`, { token: TOKEN, via: 'qr' }],
    [`#via=counter_screen&token=${TOKEN}`, { token: TOKEN, via: 'counter_screen' }],
  ])('reads %p', (hash, expected) => {
    expect(readCounterLink(hash)).toEqual(expected);
  });
});
