import type {
  CounterConfirmation,
  IssuedCounterConfirmation,
} from '@madoguchi/procedures-contracts';
import type { MockRoute } from '@madoguchi/web-data-access-api/testing';
import {
  buildApiErrorBody,
  buildProcedureSummary,
  buildServedFormDefinition,
  buildStaffActor,
} from '@madoguchi/web-data-access-api/testing';
import { findAxeViolations } from '@madoguchi/web-ui-kit/testing';
import { screen, waitFor } from '@testing-library/react';
import { CONSOLE_LOCALE_STORAGE_KEY } from '../../i18n/locale-context.js';
import { renderConsoleApp } from '../../testing/render-app.js';
import { CounterFill } from './counter-fill.js';

/** The form engine and axe are slow when the whole suite runs on two cores. */
const SLOW = { timeout: 10_000 };

const CONFIRMATION_ID = '7c1a3f0e-2b4d-4e5f-8a9b-0c1d2e3f4a5b';
const APPLICATION_ID = '9d2b4c6e-8f0a-4b1c-9d2e-3f4a5b6c7d8e';
const CONFIRM_URL = 'http://citizen.test/counter/confirm#token=AAAAAAAAAAAAAAAAAAAAAA&via=qr';
const SCREEN_URL =
  'http://citizen.test/counter/confirm#token=AAAAAAAAAAAAAAAAAAAAAA&via=counter_screen';

const procedure = buildProcedureSummary({ id: 'test-form', municipalityCode: '131016' });
const form = {
  procedureId: 'test-form',
  municipalityCode: '131016',
  formVersion: 1,
  baseFormVersion: 1,
  definition: buildServedFormDefinition({ id: 'test-form' }),
};

function buildConfirmation(overrides: Partial<CounterConfirmation> = {}): CounterConfirmation {
  return {
    id: CONFIRMATION_ID,
    status: 'pending',
    state: 'awaiting',
    procedureId: 'test-form',
    procedureTitle: { ja: 'テスト申請', en: 'Test form', easyJa: 'テスト申請' },
    formVersion: 1,
    applicantName: '小田原 花子',
    identityCheck: { method: 'other', note: '健康保険証' },
    filledBy: { staffId: 'staff-chiyoda-sato', displayName: '佐藤 美咲' },
    createdAt: '2026-12-07T05:50:00.000Z',
    tokenExpiresAt: new Date(Date.now() + 600_000).toISOString(),
    confirmedVia: null,
    confirmedAt: null,
    applicationId: null,
    receiptNumber: null,
    attachmentCount: 0,
    cancelledAt: null,
    ...overrides,
  };
}

function buildIssued(): IssuedCounterConfirmation {
  return {
    ...buildConfirmation(),
    token: 'AAAAAAAAAAAAAAAAAAAAAA',
    confirmUrl: CONFIRM_URL,
    counterScreenUrl: SCREEN_URL,
  };
}

function routes(create: Partial<MockRoute> = {}, status = buildConfirmation()): MockRoute[] {
  return [
    { path: '/api/session', body: buildStaffActor() },
    { path: '/api/municipalities/131016/procedures', body: [procedure] },
    { path: '/api/municipalities/131016/procedures/test-form/form', body: form },
    {
      method: 'POST',
      path: '/api/staff/counter/confirmations',
      status: 201,
      body: buildIssued(),
      ...create,
    },
    { path: `/api/staff/counter/confirmations/${CONFIRMATION_ID}`, body: status },
    { path: '/api/staff/counter/confirmations', body: { items: [] } },
  ];
}

/** The one request the browser's XMLHttpRequest sends for an upload, answered by the test. */
type SentUpload = { url: string; fields: Record<string, string>; fileName: string };

/**
 * jsdom's XMLHttpRequest would go to the network: this one records the multipart upload the API
 * client sends (its URL, its text fields, the file) and answers it as the API would.
 */
function installFakeUploads(answer: (upload: SentUpload) => unknown): SentUpload[] {
  const sent: SentUpload[] = [];
  class FakeXmlHttpRequest extends EventTarget {
    status = 0;
    responseText = '';
    responseType = '';
    withCredentials = false;
    readonly upload = new EventTarget();
    private url = '';
    open(_method: string, url: string) {
      this.url = url;
    }
    setRequestHeader() {}
    abort() {}
    send(body: FormData) {
      const fields: Record<string, string> = {};
      let fileName = '';
      body.forEach((value, key) => {
        if (typeof value === 'string') {
          fields[key] = value;
        } else {
          fileName = value.name;
        }
      });
      const upload = { url: this.url, fields, fileName };
      sent.push(upload);
      setTimeout(() => {
        this.status = 201;
        this.responseText = JSON.stringify(answer(upload));
        this.dispatchEvent(new Event('load'));
      }, 0);
    }
  }
  globalThis.XMLHttpRequest = FakeXmlHttpRequest as unknown as typeof XMLHttpRequest;
  return sent;
}

const formWithSlot = {
  ...form,
  definition: buildServedFormDefinition({
    id: 'test-form',
    attachments: [
      {
        id: 'proofSlot',
        label: { ja: '証明書', en: 'Proof', easyJa: '証明書' },
        guidance: { ja: '写真かPDF', en: 'A photo or a PDF', easyJa: '写真かPDF' },
        required: false,
        accept: ['image/png', 'application/pdf'],
        maxBytes: 2 * 1024 * 1024,
        maxFiles: 1,
      },
    ],
    steps: [
      {
        id: 'main',
        title: { ja: '入力', en: 'Main', easyJa: '入力' },
        fields: [
          { id: 'name', type: 'text', label: { ja: '名前', en: 'Name', easyJa: '名前' } },
          {
            id: 'proof',
            type: 'attachment',
            slot: 'proofSlot',
            label: { ja: '証明書', en: 'Proof', easyJa: '証明書' },
          },
        ],
      },
    ],
  }),
};

describe(CounterFill.name, () => {
  const realXmlHttpRequest = globalThis.XMLHttpRequest;
  afterEach(() => {
    globalThis.XMLHttpRequest = realXmlHttpRequest;
  });

  it('asks for the counter’s identity check first, with a note for その他の書類', async () => {
    const { user, container } = renderConsoleApp('/counter', routes());

    await user.click(await screen.findByRole('radio', { name: 'その他の書類' }, SLOW));
    await user.selectOptions(screen.getByRole('combobox', { name: /手続/ }), 'test-form');
    await user.click(screen.getByRole('button', { name: '申請書の入力へ進む' }));

    const summary = await screen.findByRole('alert', {}, SLOW);
    expect(summary).toHaveTextContent(
      '「その他の書類」のときは、確認した書類の名前をメモに書いてください。',
    );
    expect(screen.getByRole('textbox', { name: /確認のメモ/ })).toHaveAccessibleDescription(
      expect.stringContaining('確認した書類の名前をメモに書いてください'),
    );
    expect(await findAxeViolations(container)).toEqual([]);
  });

  it('fills the same form the resident sees, sends it with the identity check, then shows the QR code and the link', async () => {
    const { user, fetch, router, container } = renderConsoleApp('/counter', routes());

    await user.click(await screen.findByRole('radio', { name: 'その他の書類' }, SLOW));
    await user.type(screen.getByRole('textbox', { name: /確認のメモ/ }), '健康保険証');
    await user.selectOptions(screen.getByRole('combobox', { name: /手続/ }), 'test-form');
    await user.click(screen.getByRole('button', { name: '申請書の入力へ進む' }));
    await user.type(await screen.findByRole('textbox', { name: /名前/ }, SLOW), '小田原 花子');
    await user.click(screen.getByRole('button', { name: '確認画面へ進む' }));
    await user.click(await screen.findByRole('button', { name: '送信する' }, SLOW));

    await screen.findByRole('img', { name: '申請者のスマートフォン用の QR コード' }, SLOW);
    const sent = fetch.requests.find(
      (request) => request.method === 'POST' && request.path === '/api/staff/counter/confirmations',
    );
    expect(sent?.body).toEqual({
      procedureId: 'test-form',
      formVersion: 1,
      answers: { name: '小田原 花子' },
      identityCheck: { method: 'other', note: '健康保険証' },
    });
    expect(router.state.location.pathname).toBe(`/counter/${CONFIRMATION_ID}`);
    expect(router.state.location.search).toBe('');
    expect(screen.getByTestId('counter-confirm-url')).toHaveTextContent(CONFIRM_URL);
    expect(
      screen.getByRole('link', { name: '窓口の確認用画面で開く（新しいウィンドウ）' }),
    ).toHaveAttribute('href', SCREEN_URL);
    expect(screen.getByText('その他の書類（健康保険証）')).toBeInTheDocument();
    expect(await findAxeViolations(container)).toEqual([]);
  });

  it('attaches the documents the resident brought through the counter’s upload, and sends their ids with the answers', async () => {
    const uploads = installFakeUploads((upload) => ({
      id: 'a1b2c3d4-0000-4000-8000-000000000001',
      fileName: upload.fileName,
      mimeType: 'image/png',
      bytes: 64,
      sha256: '0'.repeat(64),
    }));
    const { user, fetch, container } = renderConsoleApp(
      '/counter',
      routes().map((route) =>
        route.path === '/api/municipalities/131016/procedures/test-form/form'
          ? { ...route, body: formWithSlot }
          : route,
      ),
    );

    await user.selectOptions(
      await screen.findByRole('combobox', { name: /手続/ }, SLOW),
      'test-form',
    );
    await user.click(screen.getByRole('button', { name: '申請書の入力へ進む' }));
    await user.type(await screen.findByRole('textbox', { name: /名前/ }, SLOW), '小田原 花子');
    expect(screen.getByText(/スキャンするか撮影して添付書類の欄に添付できます/)).toBeVisible();
    await user.upload(
      screen.getByLabelText(/^証明書/),
      new File([new Uint8Array(64)], '母子健康手帳.png', { type: 'image/png' }),
    );
    expect(
      await screen.findByRole('button', { name: '母子健康手帳.png を取り消す' }, SLOW),
    ).toBeVisible();
    expect(await findAxeViolations(container)).toEqual([]);
    await user.click(screen.getByRole('button', { name: '確認画面へ進む' }));
    await user.click(await screen.findByRole('button', { name: '送信する' }, SLOW));

    await screen.findByRole('img', { name: '申請者のスマートフォン用の QR コード' }, SLOW);
    expect(uploads).toEqual([
      {
        url: '/api/staff/counter/attachments',
        fields: {
          municipalityCode: '131016',
          procedureId: 'test-form',
          formVersion: '1',
          slotId: 'proofSlot',
        },
        fileName: '母子健康手帳.png',
      },
    ]);
    const sent = fetch.requests.find(
      (request) => request.method === 'POST' && request.path === '/api/staff/counter/confirmations',
    );
    expect(sent?.body).toMatchObject({
      answers: { name: '小田原 花子', proof: ['a1b2c3d4-0000-4000-8000-000000000001'] },
    });
  });

  it('shows the engine’s field errors from the API at their field', async () => {
    const { user } = renderConsoleApp(
      '/counter',
      routes({
        status: 422,
        body: buildApiErrorBody('invalid_answers', [
          { path: 'name', code: 'required', message: { ja: '名前を入力してください。', en: 'x' } },
        ]),
      }),
    );

    await user.selectOptions(
      await screen.findByRole('combobox', { name: /手続/ }, SLOW),
      'test-form',
    );
    await user.click(screen.getByRole('button', { name: '申請書の入力へ進む' }));
    await user.type(await screen.findByRole('textbox', { name: /名前/ }, SLOW), 'x');
    await user.click(screen.getByRole('button', { name: '確認画面へ進む' }));
    await user.click(await screen.findByRole('button', { name: '送信する' }, SLOW));

    await waitFor(
      () => expect(screen.getAllByText('名前を入力してください。').length).toBeGreaterThan(0),
      SLOW,
    );
  });
});

/** The resident confirmed on their phone at 15:00, and the application was received. */
function confirmedByQr() {
  return buildConfirmation({
    status: 'confirmed',
    state: 'confirmed',
    confirmedVia: 'qr',
    confirmedAt: '2026-12-07T06:00:00.000Z',
    applicationId: APPLICATION_ID,
    receiptNumber: 'K7QF-3XMA',
  });
}

describe('CounterStatus', () => {
  it('shows the 受付番号 and a link to the application once the resident has confirmed', async () => {
    const { container } = renderConsoleApp(
      `/counter/${CONFIRMATION_ID}`,
      routes({}, confirmedByQr()),
    );

    expect(
      await screen.findByText('申請を受け付けました。受付番号は K7QF-3XMA です。', undefined, SLOW),
    ).toBeInTheDocument();
    expect(
      screen.getByText('申請者のスマートフォン（QR）で 2026/12/07 15:00 に確認されました。'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '申請の詳細を開く' })).toHaveAttribute(
      'href',
      `/applications/${APPLICATION_ID}`,
    );
    expect(screen.queryByRole('img', { name: /QR/ })).not.toBeInTheDocument();
    expect(await findAxeViolations(container)).toEqual([]);
  });

  it('speaks English when the staff member chose it: the summary, the 受付番号 and the procedure title', async () => {
    window.localStorage.setItem(CONSOLE_LOCALE_STORAGE_KEY, 'en');
    const { container } = renderConsoleApp(
      `/counter/${CONFIRMATION_ID}`,
      routes({}, confirmedByQr()),
    );

    expect(
      await screen.findByText(
        'The application has been received. Its receipt number is K7QF-3XMA.',
        undefined,
        SLOW,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Confirmed on the applicant’s smartphone (QR) at 2026/12/07 15:00.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Test form')).toBeInTheDocument();
    expect(screen.getByText('Another document (健康保険証)')).toBeInTheDocument();
    expect(screen.getByText('Confirmed (received)')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open the application' })).toHaveAttribute(
      'href',
      `/applications/${APPLICATION_ID}`,
    );
    expect(
      screen.getByRole('heading', {
        level: 1,
        name: 'Fill in at the counter (no-writing counter)',
      }),
    ).toBeInTheDocument();
    expect(await findAxeViolations(container)).toEqual([]);
  });

  it('offers a new link after a reload, when the issued one is no longer in the page', async () => {
    const { user, fetch } = renderConsoleApp(`/counter/${CONFIRMATION_ID}`, [
      ...routes(),
      {
        method: 'POST',
        path: `/api/staff/counter/confirmations/${CONFIRMATION_ID}/link`,
        body: buildIssued(),
      },
    ]);

    expect(
      await screen.findByText(/確認用リンクは表示できません/, undefined, SLOW),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '新しいリンクを発行する' }));

    expect(await screen.findByTestId('counter-confirm-url', undefined, SLOW)).toHaveTextContent(
      CONFIRM_URL,
    );
    expect(fetch.requests.some((request) => request.path.endsWith('/link'))).toBe(true);
  });
});
