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
import { jest } from '@jest/globals';
import { render, screen, waitFor, within } from '@testing-library/react';
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
  attachments: [],
};

const ATTACHMENT_ID = 'a1b2c3d4-0000-4000-8000-000000000001';

/** What staff filled, with a photo of the 母子健康手帳 scanned at the counter. */
const previewWithFile: CounterConfirmationPreview = {
  ...preview,
  answers: { ...preview.answers, proof: [ATTACHMENT_ID] },
  attachments: [
    {
      id: ATTACHMENT_ID,
      slotId: 'proofSlot',
      fileName: '母子健康手帳.png',
      mimeType: 'image/png',
      bytes: 204_800,
    },
  ],
};

const form = {
  procedureId: 'test-form',
  municipalityCode: '131016',
  formVersion: 1,
  baseFormVersion: 1,
  definition: buildServedFormDefinition({
    id: 'test-form',
    attachments: [
      {
        id: 'proofSlot',
        label: { ja: '妊娠を確認できる書類', en: 'Proof of pregnancy', easyJa: '妊娠がわかる紙' },
        guidance: { ja: '写真かPDF', en: 'A photo or a PDF', easyJa: '写真かPDF' },
        required: false,
        accept: ['image/png', 'application/pdf'],
        maxBytes: 2 * 1024 * 1024,
        maxFiles: 2,
      },
    ],
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
          {
            id: 'proof',
            type: 'attachment',
            slot: 'proofSlot',
            label: {
              ja: '妊娠を確認できる書類',
              en: 'Proof of pregnancy',
              easyJa: '妊娠がわかる紙',
            },
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
      receiptAvailableUntil: '2026-12-07T06:30:00.000Z',
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

  it('shows the documents staff attached, by slot, and an image on demand through the link’s token', async () => {
    const createObjectURL = jest.fn(() => 'blob:proof');
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const { user, fetch, container } = renderPage(
      [
        { method: 'POST', path: PREVIEW, body: previewWithFile },
        {
          method: 'POST',
          path: '/api/counter/confirmations/attachment',
          file: new Blob([new Uint8Array(8)], { type: 'image/png' }),
        },
      ],
      `#token=${TOKEN}&via=qr`,
    );

    const documents = await screen.findByRole('region', { name: '窓口で添付した書類' });
    expect(
      within(documents).getByRole('heading', { name: '妊娠を確認できる書類（1 件）' }),
    ).toBeInTheDocument();
    expect(within(documents).getByTestId('counter-attachment')).toHaveTextContent(
      '母子健康手帳.png',
    );
    expect(documents).toHaveTextContent('PNG、200 KB');
    // The answers name the file, not its id.
    expect(container).not.toHaveTextContent(ATTACHMENT_ID);
    expect(await findAxeViolations(container)).toEqual([]);

    await user.click(screen.getByRole('button', { name: '母子健康手帳.png の画像を見る' }));

    expect(await screen.findByRole('img', { name: '母子健康手帳.png の画像' })).toHaveAttribute(
      'src',
      'blob:proof',
    );
    expect(
      fetch.requests.find((request) => request.path === '/api/counter/confirmations/attachment')
        ?.body,
    ).toEqual({ token: TOKEN, attachmentId: ATTACHMENT_ID });
    expect(fetch.requests.every((request) => !request.path.includes(TOKEN))).toBe(true);
    expect(await findAxeViolations(container)).toEqual([]);
  });

  it('downloads the 控え as a PDF by the same link after confirming, without signing in', async () => {
    Object.assign(URL, {
      createObjectURL: jest.fn(() => 'blob:receipt'),
      revokeObjectURL: jest.fn(),
    });
    const saved: string[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      saved.push(this.download);
    });
    const { user, fetch, container } = renderPage(
      [
        { method: 'POST', path: PREVIEW, body: preview },
        confirmed(null),
        {
          method: 'POST',
          path: '/api/counter/confirmations/receipt',
          file: new Blob(['%PDF-1.7'], { type: 'application/pdf' }),
        },
      ],
      `#token=${TOKEN}&via=counter_screen`,
      'easyJa',
    );

    await user.click(await screen.findByRole('button', { name: '確認して申請する' }));
    await user.click(await screen.findByRole('button', { name: /控えをダウンロードする/ }));

    await waitFor(() => expect(saved).toEqual(['K7QF-3XMA.pdf']));
    expect(
      fetch.requests.find((request) => request.path === '/api/counter/confirmations/receipt')?.body,
    ).toEqual({ token: TOKEN });
    expect(container).toHaveTextContent(/この画面からダウンロードできます/);
    expect(await findAxeViolations(container)).toEqual([]);
    click.mockRestore();
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
