import { jest } from '@jest/globals';
import { text } from '@madoguchi/forms-schema/testing';
import type { ApplicationDetail } from '@madoguchi/procedures-contracts';
import type { MockRoute } from '@madoguchi/web-data-access-api/testing';
import {
  buildApiErrorBody,
  buildApplicationDetail,
  buildServedFormDefinition,
  buildStaffActor,
  buildStaffAttachment,
  buildStaffMember,
} from '@madoguchi/web-data-access-api/testing';
import { findAxeViolations } from '@madoguchi/web-ui-kit/testing';
import { screen, waitFor, within } from '@testing-library/react';
import { renderConsoleApp } from '../../testing/render-app.js';
import { ApplicationReview } from './application-review.js';

const PROCEDURE_ID = 'child-allowance-certification';

const FORM = {
  procedureId: PROCEDURE_ID,
  municipalityCode: '131016',
  formVersion: 2,
  baseFormVersion: 2,
  definition: buildServedFormDefinition({
    id: PROCEDURE_ID,
    version: 2,
    attachments: [
      {
        id: 'insuranceCard',
        label: text('Health insurance card', '健康保険証の写し'),
        guidance: text('Mask the insured number', '記号・番号は隠してください'),
      },
      {
        id: 'bankBook',
        label: text('Bank book', '通帳の写し'),
        guidance: text('The page with the account', '口座番号のページ'),
      },
    ],
    steps: [
      {
        id: 'applicant',
        title: text('Applicant', '請求者'),
        fields: [
          { id: 'phone', type: 'phone', label: text('Phone', '電話番号') },
          {
            id: 'children',
            type: 'group',
            label: text('Children', '対象児童'),
            repeat: { min: 1, max: 5, itemLabel: text('Child', '児童') },
            fields: [{ id: 'birthDate', type: 'date', label: text('Birth date', '生年月日') }],
          },
        ],
      },
      {
        id: 'documents',
        title: text('Documents', '添付書類'),
        fields: [
          {
            id: 'insuranceCard',
            type: 'attachment',
            slot: 'insuranceCard',
            label: text('Insurance card', '保険証'),
          },
          { id: 'bankBook', type: 'attachment', slot: 'bankBook', label: text('Bank', '通帳') },
        ],
      },
    ],
  }),
};

const PHOTO = buildStaffAttachment({
  id: '11111111-1111-4111-8111-111111111111',
  slotId: 'insuranceCard',
  fileName: 'hokensho.jpg',
  mimeType: 'image/jpeg',
  bytes: 245_760,
  removedMetadata: ['exif-gps'],
});
const PDF = buildStaffAttachment({
  id: '22222222-2222-4222-8222-222222222222',
  slotId: 'bankBook',
  fileName: 'tsucho.pdf',
  mimeType: 'application/pdf',
  bytes: 1_258_291,
});

const CHAIN: ApplicationDetail['approvalChain'] = [
  { role: 'approver', title: { ja: '係長', en: 'Section chief' } },
  { role: 'approver', title: { ja: '課長', en: 'Division chief' } },
];

function childAllowance(overrides: Partial<ApplicationDetail> = {}): ApplicationDetail {
  return buildApplicationDetail({
    procedureId: PROCEDURE_ID,
    formVersion: 2,
    status: 'in_review',
    dueDate: '2025-05-13',
    identityLevel: 2,
    answers: {
      phone: '03-1234-5678',
      children: [{ birthDate: '2019-04-02' }, { birthDate: '2021-08-15' }],
      insuranceCard: [PHOTO.id],
      bankBook: [PDF.id],
    },
    attachments: [PHOTO, PDF],
    approvalChain: CHAIN,
    ...overrides,
  });
}

function renderReview(
  detail: ApplicationDetail,
  options: { staffId?: string; staffRole?: 'caseworker' | 'approver'; extra?: MockRoute[] } = {},
) {
  let current = detail;
  return renderConsoleApp(`/applications/${detail.id}`, [
    ...(options.extra ?? []),
    {
      path: '/api/session',
      body: buildStaffActor({
        id: options.staffId ?? 'staff-1',
        staffRole: options.staffRole ?? 'caseworker',
      }),
    },
    {
      path: '/api/staff/members',
      body: [
        buildStaffMember(),
        buildStaffMember({
          id: 'staff-chiyoda-takahashi',
          displayName: '高橋 由美',
          staffRole: 'approver',
        }),
      ],
    },
    { path: `/api/staff/applications/${detail.id}/notes`, body: [] },
    { path: `/api/staff/applications/${detail.id}`, respond: () => current },
    {
      path: `/api/municipalities/131016/procedures/${PROCEDURE_ID}/form?version=2`,
      body: FORM,
    },
    {
      method: 'POST',
      path: `/api/staff/applications/${detail.id}/transitions`,
      respond: (request) => {
        const body = request.body as { to: ApplicationDetail['status'] };
        current = { ...current, status: body.to };
        return current;
      },
    },
  ]);
}

function postedTransitions(fetch: { requests: { method: string; path: string; body: unknown }[] }) {
  return fetch.requests.filter(
    (request) => request.method === 'POST' && request.path.endsWith('/transitions'),
  );
}

describe(ApplicationReview.name, () => {
  describe('the 補正依頼 field picker', () => {
    it('sends the picked fields, a repeat item by its index, with the message written for each', async () => {
      // Arrange
      const { user, fetch, container } = renderReview(childAllowance());
      const picker = await screen.findByRole('group', { name: /補正してもらう項目/ });
      expect(within(picker).getByRole('group', { name: '請求者' })).toBeInTheDocument();
      expect(within(picker).queryByRole('checkbox', { name: '児童3・生年月日' })).toBeNull();

      // Act
      await user.click(within(picker).getByRole('checkbox', { name: '児童2・生年月日' }));
      await user.type(
        screen.getByRole('textbox', { name: /「児童2・生年月日」について/ }),
        '住民票の生年月日と異なります。',
      );
      await user.click(
        within(picker).getByRole('checkbox', { name: '健康保険証の写し（添付書類）' }),
      );
      await user.type(
        screen.getByRole('textbox', { name: /申請者への連絡/ }),
        '2点の修正をお願いします。',
      );
      expect(await findAxeViolations(container)).toEqual([]);
      await user.click(screen.getByRole('button', { name: '補正を依頼する' }));

      // Assert
      expect(await screen.findByText('状態を「補正依頼」に変更しました。')).toBeInTheDocument();
      expect(postedTransitions(fetch)[0]?.body).toEqual({
        to: 'correction_requested',
        messageToResident: '2点の修正をお願いします。',
        fieldsToFix: [
          { path: 'children.1.birthDate', message: '住民票の生年月日と異なります。' },
          { path: 'insuranceCard' },
        ],
      });
    });

    it('asks for at least one field and the message before sending, in the error summary', async () => {
      // Arrange
      const { user, fetch } = renderReview(childAllowance());
      await screen.findByRole('group', { name: /補正してもらう項目/ });

      // Act
      await user.click(screen.getByRole('button', { name: '補正を依頼する' }));

      // Assert
      const summary = screen.getByRole('alert', { name: '入力内容を確認してください' });
      expect(summary).toHaveTextContent('修正してもらう項目を1つ以上選んでください');
      expect(summary).toHaveTextContent('申請者への連絡に直してほしい内容');
      expect(
        within(summary).getByRole('link', { name: /項目を1つ以上選んでください/ }),
      ).toHaveAttribute('href', '#correction-phone');
      expect(postedTransitions(fetch)).toHaveLength(0);
    });

    it("shows the API's refusal of a field next to it and in the summary", async () => {
      // Arrange
      const { user } = renderReview(childAllowance(), {
        extra: [
          {
            method: 'POST',
            path: /\/transitions$/,
            status: 422,
            body: buildApiErrorBody('unknown_field_to_fix', [
              {
                path: 'phone',
                code: 'unknown_field_to_fix',
                message: {
                  ja: 'この項目はこの申請書にありません。',
                  en: 'This form has no such field.',
                },
              },
            ]),
          },
        ],
      });
      await user.click(await screen.findByRole('checkbox', { name: '電話番号' }));
      await user.type(
        screen.getByRole('textbox', { name: /申請者への連絡/ }),
        '確認してください。',
      );

      // Act
      await user.click(screen.getByRole('button', { name: '補正を依頼する' }));

      // Assert
      expect(await screen.findByText('処理できませんでした。')).toBeInTheDocument();
      const message = screen.getByRole('textbox', { name: /「電話番号」について/ });
      expect(message).toHaveAttribute('aria-invalid', 'true');
      expect(screen.getByRole('alert', { name: '入力内容を確認してください' })).toHaveTextContent(
        'この項目はこの申請書にありません。',
      );
    });
  });

  describe('the attachments', () => {
    beforeEach(() => {
      URL.createObjectURL = jest.fn(() => 'blob:madoguchi.test/preview');
      URL.revokeObjectURL = jest.fn();
    });

    it('lists each file under its slot with type, size and what the upload removed', async () => {
      // Arrange
      const { container } = renderReview(childAllowance());

      // Act
      const slot = await screen.findByRole('region', { name: '健康保険証の写し' });

      // Assert
      expect(within(slot).getByText('hokensho.jpg')).toBeInTheDocument();
      expect(within(slot).getByText('image/jpeg')).toBeInTheDocument();
      expect(within(slot).getByText('240 KB')).toBeInTheDocument();
      expect(within(slot).getByText('写真の位置情報（GPS）')).toBeInTheDocument();
      const bank = screen.getByRole('region', { name: '通帳の写し' });
      expect(within(bank).getByText('1.2 MB')).toBeInTheDocument();
      expect(screen.queryByText(PHOTO.id)).toBeNull();
      expect(await findAxeViolations(container)).toEqual([]);
    });

    it('previews an image from the bytes fetched with the session, never by a URL to the file', async () => {
      // Arrange
      const { user, fetch } = renderReview(childAllowance(), {
        extra: [
          {
            path: `/api/attachments/${PHOTO.id}`,
            file: new Blob(['jpeg bytes'], { type: 'image/jpeg' }),
          },
        ],
      });
      const slot = await screen.findByRole('region', { name: '健康保険証の写し' });

      // Act
      await user.click(within(slot).getByRole('button', { name: '表示' }));

      // Assert
      const image = await within(slot).findByRole('img', { name: 'hokensho.jpg のプレビュー' });
      expect(image).toHaveAttribute('src', 'blob:madoguchi.test/preview');
      const download = fetch.requests.find(
        (request) => request.path === `/api/attachments/${PHOTO.id}`,
      );
      expect(download?.method).toBe('GET');
      expect(within(slot).getByRole('button', { name: '表示を閉じる' })).toHaveAttribute(
        'aria-expanded',
        'true',
      );
    });

    it('downloads a file under its name', async () => {
      // Arrange
      const click = jest
        .spyOn(HTMLAnchorElement.prototype, 'click')
        .mockImplementation(() => undefined);
      const { user, fetch } = renderReview(childAllowance(), {
        extra: [
          {
            path: `/api/attachments/${PDF.id}`,
            file: new Blob(['%PDF-1.7'], { type: 'application/pdf' }),
          },
        ],
      });
      const slot = await screen.findByRole('region', { name: '通帳の写し' });

      // Act
      await user.click(within(slot).getByRole('button', { name: 'ダウンロード' }));

      // Assert
      await waitFor(() => expect(click).toHaveBeenCalledTimes(1));
      expect(fetch.requests.some((request) => request.path === `/api/attachments/${PDF.id}`)).toBe(
        true,
      );
      expect(click).toHaveBeenCalledTimes(1);
      const link = click.mock.contexts[0] as HTMLAnchorElement;
      expect(link.download).toBe('tsucho.pdf');
      expect(link.href).toBe('blob:madoguchi.test/preview');
      expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:madoguchi.test/preview');
      click.mockRestore();
    });

    it('says so when the file cannot be fetched', async () => {
      // Arrange
      const { user } = renderReview(childAllowance());
      const slot = await screen.findByRole('region', { name: '健康保険証の写し' });

      // Act
      await user.click(within(slot).getByRole('button', { name: '表示' }));

      // Assert
      expect(await within(slot).findByText('ファイルを取得できませんでした。')).toBeInTheDocument();
    });
  });

  describe('the overview and the approval stages', () => {
    it('shows the identity level, the paused due date and the stages of the chain', async () => {
      // Arrange
      const detail = childAllowance({
        status: 'awaiting_approval',
        pendingDecision: 'completed',
        decisionDraftedBy: 'staff-1',
        approvals: [{ actorId: 'staff-chiyoda-takahashi', role: 'approver' }],
      });

      // Act
      renderReview(detail, { staffId: 'staff-chiyoda-ishikawa', staffRole: 'approver' });

      // Assert
      expect(await screen.findByText(/2 本人確認書類 以上/)).toBeInTheDocument();
      expect(screen.getByText('2025/05/13')).toBeInTheDocument();
      const chain = await screen.findByRole('list', { name: '決裁の流れ' });
      expect(await within(chain).findByText('起案：佐藤 一郎')).toBeInTheDocument();
      expect(within(chain).getByText(/承認済み（高橋 由美）/)).toBeInTheDocument();
      expect(within(chain).getByText('課長').parentElement).toHaveTextContent('課長：次の承認');
      expect(
        await screen.findByRole('button', { name: '処理を完了する（課長として承認）' }),
      ).toBeInTheDocument();
      expect(
        screen.getByText('この承認で決裁が完了し、申請者に結果が通知されます。'),
      ).toBeInTheDocument();
    });

    it('shows the level the resident signed in with and who filled it at the counter', async () => {
      // Arrange
      const detail = childAllowance({
        submitterIdentityLevel: 3,
        counterAssisted: {
          filledBy: { staffId: 'staff-chiyoda-sato', displayName: '佐藤 美咲（千代田区 担当者）' },
          identityCheck: { method: 'my_number_card', note: '' },
          confirmedVia: 'qr',
          confirmedAt: '2026-12-07T06:00:00.000Z',
          isLinkedToAccount: false,
        },
      });

      // Act
      renderReview(detail, { staffId: 'staff-chiyoda-sato', staffRole: 'caseworker' });

      // Assert
      expect(
        await screen.findByText(
          '3 マイナンバーカード（申請時のログイン。手続の要件：2 本人確認書類 以上）',
        ),
      ).toBeInTheDocument();
      expect(screen.getByText(/窓口で職員が入力（佐藤 美咲）/)).toHaveTextContent(
        '本人確認：マイナンバーカード',
      );
    });

    it('notes that the due date stands still while a correction is pending', async () => {
      // Act
      renderReview(childAllowance({ status: 'correction_requested' }));

      // Assert
      expect(await screen.findByText(/補正中のため停止/)).toBeInTheDocument();
    });

    it('names the first stage and shows the refusal of a second approval by the same person', async () => {
      // Arrange
      const detail = childAllowance({
        status: 'awaiting_approval',
        pendingDecision: 'completed',
        decisionDraftedBy: 'staff-1',
      });
      const { user } = renderReview(detail, {
        staffId: 'staff-chiyoda-takahashi',
        staffRole: 'approver',
        extra: [
          {
            method: 'POST',
            path: /\/transitions$/,
            status: 403,
            body: buildApiErrorBody('approver_must_differ'),
          },
        ],
      });
      const chain = await screen.findByRole('list', { name: '決裁の流れ' });
      expect(within(chain).getByText('係長').parentElement).toHaveTextContent('係長：次の承認');
      expect(within(chain).getByText('課長').parentElement).toHaveTextContent('課長：未');

      // Act
      await user.click(screen.getByRole('button', { name: '処理を完了する（係長として承認）' }));

      // Assert
      expect(await screen.findByText(/同じ人が2回承認することはできません/)).toBeInTheDocument();
      expect(screen.getByText('エラー（approver_must_differ）')).toBeInTheDocument();
    });
  });
});
