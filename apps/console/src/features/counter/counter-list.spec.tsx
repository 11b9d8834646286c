import type { CounterConfirmation } from '@madoguchi/procedures-contracts';
import type { MockRoute } from '@madoguchi/web-data-access-api/testing';
import { buildProcedureSummary, buildStaffActor } from '@madoguchi/web-data-access-api/testing';
import { findAxeViolations } from '@madoguchi/web-ui-kit/testing';
import { jest } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import { renderConsoleApp } from '../../testing/render-app.js';
import { CounterList } from './counter-list.js';

/** The form engine and axe are slow when the whole suite runs on two cores. */
const SLOW = { timeout: 10_000 };

const AWAITING_ID = '1c1a3f0e-2b4d-4e5f-8a9b-0c1d2e3f4a51';
const CONFIRMED_ID = '2c1a3f0e-2b4d-4e5f-8a9b-0c1d2e3f4a52';
const CONFIRM_URL = 'http://citizen.test/counter/confirm#token=BBBBBBBBBBBBBBBBBBBBBB&via=qr';

function buildConfirmation(overrides: Partial<CounterConfirmation> = {}): CounterConfirmation {
  return {
    id: AWAITING_ID,
    status: 'pending',
    state: 'awaiting',
    procedureId: 'test-form',
    procedureTitle: { ja: 'テスト申請', en: 'Test form', easyJa: 'テスト申請' },
    formVersion: 1,
    applicantName: '小田原 花子',
    identityCheck: { method: 'my_number_card', note: '' },
    filledBy: { staffId: 'staff-chiyoda-sato', displayName: '佐藤 美咲' },
    createdAt: '2026-12-07T05:50:00.000Z',
    tokenExpiresAt: '2026-12-07T06:00:00.000Z',
    confirmedVia: null,
    confirmedAt: null,
    applicationId: null,
    receiptNumber: null,
    attachmentCount: 1,
    cancelledAt: null,
    ...overrides,
  };
}

const confirmed = buildConfirmation({
  id: CONFIRMED_ID,
  status: 'confirmed',
  state: 'confirmed',
  applicantName: '山田 太郎',
  confirmedVia: 'counter_screen',
  confirmedAt: '2026-12-07T05:40:00.000Z',
  applicationId: '9d2b4c6e-8f0a-4b1c-9d2e-3f4a5b6c7d8e',
  receiptNumber: 'K7QF-3XMA',
});

function routes(extra: MockRoute[] = []): MockRoute[] {
  return [
    { path: '/api/session', body: buildStaffActor() },
    {
      path: '/api/municipalities/131016/procedures',
      body: [buildProcedureSummary({ id: 'test-form', municipalityCode: '131016' })],
    },
    {
      path: '/api/staff/counter/confirmations',
      body: {
        items: [
          buildConfirmation(),
          buildConfirmation({
            id: '3c1a3f0e-2b4d-4e5f-8a9b-0c1d2e3f4a53',
            state: 'expired',
            applicantName: '鈴木 一郎',
          }),
          confirmed,
        ],
      },
    },
    ...extra,
  ];
}

describe(CounterList.name, () => {
  it('lists the counter applications with who filled them, when, until when and their state', async () => {
    const { container } = renderConsoleApp('/counter', routes());

    const table = await screen.findByRole('table', { name: '窓口で入力した申請の一覧' }, SLOW);
    const awaiting = within(table).getByRole('row', { name: /小田原 花子/ });
    expect(awaiting).toHaveTextContent('テスト申請');
    expect(awaiting).toHaveTextContent('佐藤 美咲');
    expect(awaiting).toHaveTextContent('2026/12/07 14:50');
    expect(awaiting).toHaveTextContent('2026/12/07 15:00');
    expect(awaiting).toHaveTextContent('確認待ち');
    expect(within(table).getByRole('row', { name: /鈴木 一郎/ })).toHaveTextContent(
      'リンク期限切れ',
    );
    const done = within(table).getByRole('row', { name: /山田 太郎/ });
    expect(done).toHaveTextContent('確認済み');
    expect(within(done).queryByRole('button', { name: /取り消す/ })).not.toBeInTheDocument();
    expect(await findAxeViolations(container)).toEqual([]);
  });

  it('shows the QR code again through a new link, on the status page', async () => {
    const { user, router } = renderConsoleApp(
      '/counter',
      routes([
        {
          method: 'POST',
          path: `/api/staff/counter/confirmations/${AWAITING_ID}/link`,
          body: {
            ...buildConfirmation({ tokenExpiresAt: new Date(Date.now() + 600_000).toISOString() }),
            token: 'BBBBBBBBBBBBBBBBBBBBBB',
            confirmUrl: CONFIRM_URL,
            counterScreenUrl: CONFIRM_URL.replace('via=qr', 'via=counter_screen'),
          },
        },
        { path: `/api/staff/counter/confirmations/${AWAITING_ID}`, body: buildConfirmation() },
      ]),
    );

    await user.click(
      await screen.findByRole(
        'button',
        { name: '小田原 花子 さんの QR コードを表示（新しいリンク）' },
        SLOW,
      ),
    );

    expect(await screen.findByTestId('counter-confirm-url', undefined, SLOW)).toHaveTextContent(
      CONFIRM_URL,
    );
    expect(router.state.location.pathname).toBe(`/counter/${AWAITING_ID}`);
  });

  it('cancels a pending one after asking once more, naming the applicant', async () => {
    const { user, fetch } = renderConsoleApp(
      '/counter',
      routes([
        {
          method: 'POST',
          path: `/api/staff/counter/confirmations/${AWAITING_ID}/cancel`,
          body: buildConfirmation({
            status: 'cancelled',
            state: 'cancelled',
            cancelledAt: '2026-12-07T05:55:00.000Z',
          }),
        },
      ]),
    );

    await user.click(
      await screen.findByRole('button', { name: '小田原 花子 さんの窓口入力を取り消す' }, SLOW),
    );
    const question = screen.getByRole('group', { name: '小田原 花子 さんの窓口入力を取り消す' });
    expect(question).toHaveTextContent('確認用リンクは使えなくなり');
    await user.click(within(question).getByRole('button', { name: '取り消す' }));

    await screen.findByRole('button', { name: '小田原 花子 さんの窓口入力を取り消す' }, SLOW);
    expect(
      fetch.requests.filter((request) => request.path.endsWith('/cancel')).map((r) => r.method),
    ).toEqual(['POST']);
  });
});

describe('CounterStatus after confirming or cancelling', () => {
  it('prints the 控え as a PDF download for the resident once confirmed', async () => {
    const createObjectURL = jest.fn(() => 'blob:receipt');
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const clicked: string[] = [];
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this.download);
    });
    const { user, fetch, container } = renderConsoleApp(`/counter/${CONFIRMED_ID}`, [
      ...routes(),
      { path: `/api/staff/counter/confirmations/${CONFIRMED_ID}`, body: confirmed },
      {
        path: `/api/staff/counter/confirmations/${CONFIRMED_ID}/receipt.pdf`,
        file: new Blob(['%PDF-1.7'], { type: 'application/pdf' }),
      },
    ]);

    await user.click(await screen.findByRole('button', { name: '控えを印刷する（PDF）' }, SLOW));

    await screen.findByRole('button', { name: '控えを印刷する（PDF）' });
    expect(clicked).toEqual(['K7QF-3XMA.pdf']);
    expect(createObjectURL).toHaveBeenCalledWith(expect.any(Blob));
    expect(fetch.requests.some((request) => request.path.endsWith('/receipt.pdf'))).toBe(true);
    expect(screen.getByText('1 件')).toBeInTheDocument();
    expect(await findAxeViolations(container)).toEqual([]);
    jest.restoreAllMocks();
  });

  it('says a cancelled one was cancelled and offers no link', async () => {
    const { container } = renderConsoleApp(`/counter/${AWAITING_ID}`, [
      ...routes(),
      {
        path: `/api/staff/counter/confirmations/${AWAITING_ID}`,
        body: buildConfirmation({
          status: 'cancelled',
          state: 'cancelled',
          cancelledAt: '2026-12-07T05:55:00.000Z',
        }),
      },
    ]);

    expect(
      await screen.findByText('この窓口入力は取り消されました', undefined, SLOW),
    ).toBeInTheDocument();
    expect(
      screen.getByText('2026/12/07 14:55 に取り消しました。確認用リンクは使えません。'),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: '新しいリンクを発行する' }),
    ).not.toBeInTheDocument();
    expect(await findAxeViolations(container)).toEqual([]);
  });
});
