import { text } from '@madoguchi/forms-schema/testing';
import { buildServedFormDefinition } from '@madoguchi/web-data-access-api/testing';
import type { ApplicationDetail } from '@madoguchi/procedures-contracts';
import type { ApplicationNote } from '@madoguchi/procedures-contracts';
import {
  buildApplicationDetail,
  buildApplicationNote,
  buildStaffActor,
  buildStaffMember,
  buildWorkQueueItem,
} from '@madoguchi/web-data-access-api/testing';
import { findAxeViolations } from '@madoguchi/web-ui-kit/testing';
import { screen, within } from '@testing-library/react';
import { CONSOLE_LOCALE_STORAGE_KEY } from '../../i18n/locale-context.js';
import { renderConsoleApp } from '../../testing/render-app.js';
import { ApplicationReview } from './application-review.js';

const FORM = {
  procedureId: 'pregnancy-notification',
  municipalityCode: '131016',
  formVersion: 1,
  baseFormVersion: 1,
  definition: buildServedFormDefinition({
    id: 'pregnancy-notification',
    steps: [
      {
        id: 'mother',
        title: text('Mother', '妊婦'),
        fields: [
          {
            id: 'myNumber',
            type: 'myNumber',
            sensitive: true,
            label: text('My Number', '個人番号'),
          },
          { id: 'expectedDate', type: 'date', label: text('Expected date', '出産予定日') },
        ],
      },
    ],
  }),
};

function renderReview(
  detail: ApplicationDetail,
  staffRole: 'caseworker' | 'approver' = 'caseworker',
) {
  let current = detail;
  let notes: ApplicationNote[] = [buildApplicationNote()];
  return renderConsoleApp(`/applications/${detail.id}`, [
    { path: '/api/session', body: buildStaffActor({ staffRole }) },
    {
      path: '/api/staff/members',
      body: [
        buildStaffMember(),
        buildStaffMember({ id: 'staff-2', displayName: '高橋 由美', staffRole: 'approver' }),
      ],
    },
    { path: `/api/staff/applications/${detail.id}/notes`, respond: () => notes },
    {
      method: 'POST',
      path: `/api/staff/applications/${detail.id}/notes`,
      respond: (request) => {
        const note = buildApplicationNote({
          id: `note-${notes.length + 1}`,
          body: (request.body as { body: string }).body,
        });
        notes = [...notes, note];
        return note;
      },
    },
    {
      method: 'POST',
      path: `/api/staff/applications/${detail.id}/assign`,
      respond: (request) => {
        const { assigneeId } = request.body as { assigneeId: string | null };
        current = { ...current, assigneeId };
        return buildWorkQueueItem({ ...current, assigneeName: null });
      },
    },
    { path: `/api/staff/applications/${detail.id}`, respond: () => current },
    {
      path: '/api/municipalities/131016/procedures/pregnancy-notification/form?version=1',
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

describe(ApplicationReview.name, () => {
  it('shows the answers with the labels of their form version, masked, and only the allowed moves', async () => {
    // Arrange
    const detail = buildApplicationDetail({
      answers: { myNumber: '********0123', expectedDate: '2025-10-01' },
    });

    // Act
    const { container } = renderReview(detail);

    // Assert
    expect(
      await screen.findByRole('heading', { level: 1, name: '申請 K7P-4M2X' }),
    ).toBeInTheDocument();
    expect(await screen.findByText('2025年10月1日')).toBeInTheDocument();
    expect(screen.getByText(/＊＊＊＊ ＊＊＊＊ 0123/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '処理を開始する' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^処理を完了する/ })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: '控え（PDF）をダウンロード' })).toHaveAttribute(
      'href',
      `/api/staff/applications/${detail.id}/receipt.pdf`,
    );
    expect(await findAxeViolations(container)).toEqual([]);
  });

  it('reads in English for a staff member who chose it: overview, answers, history and the moves', async () => {
    // Arrange
    window.localStorage.setItem(CONSOLE_LOCALE_STORAGE_KEY, 'en');
    const detail = buildApplicationDetail({
      answers: { myNumber: '********0123', expectedDate: '2025-10-01' },
    });
    const { user, container } = renderReview(detail);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Application K7P-4M2X' }),
    ).toBeInTheDocument();
    expect(await screen.findByText('Expected date')).toBeInTheDocument();
    const overview = screen.getByRole('heading', { level: 2, name: 'Overview' })
      .nextElementSibling as HTMLElement;
    expect(within(overview).getByText('Receipt number')).toBeInTheDocument();
    expect(within(overview).getByText('Pregnancy notification')).toBeInTheDocument();
    expect(within(overview).getByText('Submitted')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'History' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Internal notes' })).toBeInTheDocument();
    expect(document.title).toBe('Application K7P-4M2X | Madoguchi staff console');
    expect(await findAxeViolations(container)).toEqual([]);

    // Act
    await user.click(screen.getByRole('button', { name: 'Start processing' }));

    // Assert
    expect(await screen.findByText('The status is now “In review”.')).toBeInTheDocument();
  });

  it('shows what a resubmission changed, masked as the answers are', async () => {
    // Arrange
    const detail = buildApplicationDetail({
      status: 'resubmitted',
      answers: { myNumber: '********0123', expectedDate: '2025-10-08' },
      answerVersions: [
        { version: 1, submittedAt: '2025-04-01T01:23:45.000Z', answers: {}, changes: [] },
        {
          version: 2,
          submittedAt: '2025-04-03T01:00:00.000Z',
          answers: {},
          changes: [{ path: 'expectedDate', before: '2025-10-01', after: '2025-10-08' }],
        },
      ],
    });

    // Act
    const { container } = renderReview(detail);

    // Assert
    const table = await screen.findByRole('table', { name: /第2版/ });
    const row = await within(table).findByRole('row', { name: /出産予定日/ });
    expect(within(row).getByText('2025-10-01')).toBeInTheDocument();
    expect(within(row).getByText('2025-10-08')).toBeInTheDocument();
    expect(await findAxeViolations(container)).toEqual([]);
  });

  it('moves a submitted application into review with a comment', async () => {
    // Arrange
    const { user, fetch } = renderReview(buildApplicationDetail());
    await user.type(await screen.findByRole('textbox', { name: /コメント/ }), '書類を確認します');

    // Act
    await user.click(screen.getByRole('button', { name: '処理を開始する' }));

    // Assert
    expect(await screen.findByText('状態を「処理中」に変更しました。')).toBeInTheDocument();
    const transition = fetch.requests.find((request) => request.method === 'POST');
    expect(transition?.body).toEqual({ to: 'in_review', comment: '書類を確認します' });
    expect(transition?.headers['x-madoguchi-csrf']).toBe('1');
    const overview = screen.getByRole('heading', { level: 2, name: '概要' })
      .nextElementSibling as HTMLElement;
    expect(within(overview).getByText('処理中')).toBeInTheDocument();
  });

  it('asks for a message to the resident before requesting a correction', async () => {
    // Arrange
    const { user, fetch } = renderReview(buildApplicationDetail({ status: 'in_review' }));

    // Act
    await user.click(await screen.findByRole('button', { name: '補正を依頼する' }));

    // Assert
    expect(screen.getByRole('textbox', { name: /申請者への連絡/ })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(screen.getByRole('alert')).toHaveTextContent('補正依頼では');
    expect(fetch.requests.some((request) => request.method === 'POST')).toBe(false);
  });

  it('assigns the application to a staff member of the municipality', async () => {
    // Arrange
    const { user, fetch } = renderReview(buildApplicationDetail());
    const select = await screen.findByRole('combobox', { name: '担当者' });
    expect(screen.getByText('現在の担当：未割当')).toBeInTheDocument();
    await screen.findByRole('option', { name: '高橋 由美' });

    // Act
    await user.selectOptions(select, 'staff-2');
    await user.click(screen.getByRole('button', { name: '担当者を設定する' }));

    // Assert
    expect(await screen.findByText('担当者を変更しました。')).toBeInTheDocument();
    expect(await screen.findByText('現在の担当：高橋 由美')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: '担当者' })).toHaveValue('staff-2');
    const request = fetch.requests.find((candidate) => candidate.path.endsWith('/assign'));
    expect(request?.body).toEqual({ assigneeId: 'staff-2' });
    expect(request?.headers['x-madoguchi-csrf']).toBe('1');
  });

  it('shows the assignee a transition set in the assignee picker', async () => {
    // Arrange
    renderReview(buildApplicationDetail({ assigneeId: 'staff-1' }));

    // Act
    const select = await screen.findByRole('combobox', { name: '担当者' });

    // Assert
    expect(await screen.findByText('現在の担当：佐藤 一郎')).toBeInTheDocument();
    expect(select).toHaveValue('staff-1');
  });

  it('shows the internal notes and adds one', async () => {
    // Arrange
    const { user, container } = renderReview(buildApplicationDetail());
    const list = await screen.findByRole('list', { name: '内部メモの一覧' });
    expect(within(list).getByText('電話で在宅を確認済み。')).toBeInTheDocument();

    // Act
    await user.click(screen.getByRole('button', { name: 'メモを保存する' }));
    expect(await screen.findByText('メモを入力してください')).toBeInTheDocument();
    await user.type(
      screen.getByRole('textbox', { name: 'メモを追加' }),
      '母子手帳の交付日を調整中',
    );
    await user.click(screen.getByRole('button', { name: 'メモを保存する' }));

    // Assert
    expect(await screen.findByText('メモを保存しました。')).toBeInTheDocument();
    expect(await within(list).findByText('母子手帳の交付日を調整中')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'メモを追加' })).toHaveValue('');
    expect(await findAxeViolations(container)).toEqual([]);
  });
});
