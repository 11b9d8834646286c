import { text } from '@madoguchi/forms-schema/testing';
import { buildServedFormDefinition } from '@madoguchi/web-data-access-api/testing';
import type { ApplicationDetail } from '@madoguchi/procedures-contracts';
import type { MockRoute } from '@madoguchi/web-data-access-api/testing';
import { buildApplicationDetail, buildStaffActor } from '@madoguchi/web-data-access-api/testing';
import { findAxeViolations } from '@madoguchi/web-ui-kit/testing';
import { screen, within } from '@testing-library/react';
import { renderConsoleApp } from '../../testing/render-app.js';
import { toCareCertificationDecision } from './care-certification-input.js';

const CARE_FORM = {
  procedureId: 'care-need-certification',
  municipalityCode: '131016',
  formVersion: 1,
  baseFormVersion: 1,
  definition: buildServedFormDefinition({
    id: 'care-need-certification',
    steps: [
      {
        id: 'insured',
        title: text('Insured person', '被保険者'),
        fields: [{ id: 'phone', type: 'phone', label: text('Phone', '電話番号') }],
      },
    ],
  }),
};

/** A 要介護認定 drafted as 処理完了 by the case worker, waiting for the approver. */
function awaitingApproval(overrides: Partial<ApplicationDetail> = {}): ApplicationDetail {
  return buildApplicationDetail({
    procedureId: 'care-need-certification',
    procedureTitle: {
      ja: '要介護・要支援認定',
      en: 'Care-need certification',
      easyJa: 'かいごの にんてい',
    },
    status: 'awaiting_approval',
    pendingDecision: 'completed',
    decisionDraftedBy: 'staff-1',
    approvalChain: [{ role: 'approver', title: { ja: '係長', en: 'Section chief' } }],
    decisionRecordKind: 'careCertification',
    ...overrides,
  });
}

function renderApproval(detail: ApplicationDetail, transition: Partial<MockRoute> = {}) {
  let current = detail;
  return renderConsoleApp(`/applications/${detail.id}`, [
    { path: '/api/session', body: buildStaffActor({ staffRole: 'approver' }) },
    { path: '/api/staff/members', body: [] },
    { path: `/api/staff/applications/${detail.id}/notes`, body: [] },
    { path: `/api/staff/applications/${detail.id}`, respond: () => current },
    {
      path: '/api/municipalities/131016/procedures/care-need-certification/form?version=1',
      body: CARE_FORM,
    },
    {
      method: 'POST',
      path: `/api/staff/applications/${detail.id}/transitions`,
      respond: (request) => {
        current = { ...current, status: (request.body as { to: ApplicationDetail['status'] }).to };
        return current;
      },
      ...transition,
    },
  ]);
}

describe(toCareCertificationDecision.name, () => {
  it('reads the period in 和暦 and sends ISO dates', () => {
    expect(
      toCareCertificationDecision({
        careLevel: 'requiresCare2',
        validFrom: '令和8年5月10日',
        validUntil: 'R8.11.30',
      }),
    ).toEqual({
      ok: true,
      decision: {
        kind: 'careCertification',
        careLevel: 'requiresCare2',
        validFrom: '2026-05-10',
        validUntil: '2026-11-30',
      },
    });
  });

  it('sends no period for 非該当, whatever is left in the hidden date fields', () => {
    expect(
      toCareCertificationDecision({
        careLevel: 'notApplicable',
        validFrom: '2026-05-10',
        validUntil: 'x',
      }),
    ).toEqual({
      ok: true,
      decision: { kind: 'careCertification', careLevel: 'notApplicable' },
    });
  });

  it('names each field to fix with the words of the API', () => {
    expect(
      toCareCertificationDecision({
        careLevel: '',
        validFrom: '5月10日',
        validUntil: '2026-11-10',
      }),
    ).toEqual({
      ok: false,
      issues: [
        { field: 'careLevel', message: '要介護度を選んでください。' },
        {
          field: 'validFrom',
          message:
            '開始日を日付として読み取れませんでした。2026-04-01 や 令和8年4月1日 の形で入力してください',
        },
        { field: 'validUntil', message: '認定有効期間の終了日は、月の末日にしてください。' },
      ],
    });
    expect(
      toCareCertificationDecision({
        careLevel: 'requiresCare1',
        validFrom: '2026-05-10',
        validUntil: '2026-11-10',
      }),
    ).toEqual({
      ok: false,
      issues: [
        { field: 'validUntil', message: '認定有効期間の終了日は、月の末日にしてください。' },
      ],
    });
  });
});

describe('the 認定結果 asked with the approval that completes a 要介護認定', () => {
  it('asks for the 要介護度 and the 認定有効期間 under their legends, and sends them with the approval', async () => {
    // Arrange
    const { user, fetch, container } = renderApproval(awaitingApproval());
    const section = await screen.findByRole('group', { name: '認定結果' });
    expect(within(section).getByRole('group', { name: /要介護度/ })).toBeInTheDocument();
    expect(within(section).getByRole('group', { name: /認定有効期間/ })).toBeInTheDocument();
    expect(await findAxeViolations(container)).toEqual([]);

    // Act
    await user.click(within(section).getByRole('radio', { name: '要介護2' }));
    await user.type(within(section).getByRole('textbox', { name: /開始日/ }), '令和8年5月10日');
    await user.type(within(section).getByRole('textbox', { name: /終了日/ }), '2026-11-30');
    await user.click(screen.getByRole('button', { name: /^処理を完了する/ }));

    // Assert
    expect(await screen.findByText('状態を「処理完了」に変更しました。')).toBeInTheDocument();
    const transition = fetch.requests.find((request) => request.method === 'POST');
    expect(transition?.body).toEqual({
      to: 'completed',
      decisionRecord: {
        kind: 'careCertification',
        careLevel: 'requiresCare2',
        validFrom: '2026-05-10',
        validUntil: '2026-11-30',
      },
    });
  });

  it('lists what to fix in the error summary, linked to each field, and sends nothing', async () => {
    // Arrange
    const { user, fetch, container } = renderApproval(awaitingApproval());
    const section = await screen.findByRole('group', { name: '認定結果' });
    await user.type(within(section).getByRole('textbox', { name: /終了日/ }), '令和8年11月10日');

    // Act
    await user.click(screen.getByRole('button', { name: /^処理を完了する/ }));

    // Assert
    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', { name: '要介護度を選んでください。' }),
    ).toHaveAttribute('href', '#care-certification-level');
    expect(
      within(summary).getByRole('link', { name: '認定有効期間の開始日を入力してください。' }),
    ).toHaveAttribute('href', '#care-certification-valid-from');
    expect(
      within(summary).getByRole('link', {
        name: '認定有効期間の終了日は、月の末日にしてください。',
      }),
    ).toHaveAttribute('href', '#care-certification-valid-until');
    const until = within(section).getByRole('textbox', { name: /終了日/ });
    expect(until).toHaveAttribute('aria-invalid', 'true');
    expect(until).toHaveAccessibleDescription(expect.stringContaining('月の末日にしてください'));
    expect(fetch.requests.some((request) => request.method === 'POST')).toBe(false);
    await user.click(
      within(summary).getByRole('link', { name: '認定有効期間の開始日を入力してください。' }),
    );
    expect(within(section).getByRole('textbox', { name: /開始日/ })).toHaveFocus();
    expect(await findAxeViolations(container)).toEqual([]);
  });

  it('hides the period for 非該当 and sends the decision without one', async () => {
    // Arrange
    const { user, fetch } = renderApproval(awaitingApproval());
    const section = await screen.findByRole('group', { name: '認定結果' });

    // Act
    await user.click(within(section).getByRole('radio', { name: '非該当' }));
    await user.click(screen.getByRole('button', { name: /^処理を完了する/ }));

    // Assert
    expect(within(section).queryByRole('group', { name: /認定有効期間/ })).not.toBeInTheDocument();
    expect(await screen.findByText('状態を「処理完了」に変更しました。')).toBeInTheDocument();
    expect(fetch.requests.find((request) => request.method === 'POST')?.body).toEqual({
      to: 'completed',
      decisionRecord: { kind: 'careCertification', careLevel: 'notApplicable' },
    });
  });

  it('shows the API’s refusal at the field it names', async () => {
    // Arrange
    const refusal = {
      error: {
        code: 'invalid_request',
        message: { ja: '送信された内容に誤りがあります。', en: 'The request contains errors.' },
        fields: [
          {
            path: 'decisionRecord.validFrom',
            code: 'invalid_format',
            message: { ja: '開始日の形式が正しくありません。', en: 'Bad date.' },
          },
        ],
      },
    };
    const { user } = renderApproval(awaitingApproval(), { status: 400, respond: () => refusal });
    const section = await screen.findByRole('group', { name: '認定結果' });
    await user.click(within(section).getByRole('radio', { name: '要支援1' }));
    await user.type(within(section).getByRole('textbox', { name: /開始日/ }), '2026-05-10');
    await user.type(within(section).getByRole('textbox', { name: /終了日/ }), '2027-05-31');

    // Act
    await user.click(screen.getByRole('button', { name: /^処理を完了する/ }));

    // Assert
    expect(
      await within(section).findByText('開始日の形式が正しくありません。'),
    ).toBeInTheDocument();
    expect(within(section).getByRole('textbox', { name: /開始日/ })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
  });

  it('does not ask before the last approval of the chain', async () => {
    renderApproval(
      awaitingApproval({
        approvalChain: [
          { role: 'approver', title: { ja: '係長', en: 'Section chief' } },
          { role: 'admin', title: { ja: '課長', en: 'Division chief' } },
        ],
      }),
    );

    expect(await screen.findByRole('button', { name: /^処理を完了する/ })).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: '認定結果' })).not.toBeInTheDocument();
  });

  it('does not ask for a procedure without a decision record', async () => {
    const { user, fetch } = renderApproval(awaitingApproval({ decisionRecordKind: null }));

    await user.click(await screen.findByRole('button', { name: /^処理を完了する/ }));

    expect(screen.queryByRole('group', { name: '認定結果' })).not.toBeInTheDocument();
    expect(await screen.findByText('状態を「処理完了」に変更しました。')).toBeInTheDocument();
    expect(fetch.requests.find((request) => request.method === 'POST')?.body).toEqual({
      to: 'completed',
    });
  });

  it('shows the recorded 認定結果 in the history', async () => {
    const detail = awaitingApproval({
      status: 'completed',
      events: [
        ...buildApplicationDetail().events,
        {
          id: 'event-2',
          fromStatus: 'awaiting_approval',
          toStatus: 'completed',
          actorKind: 'staff',
          comment: null,
          messageToResident: null,
          decisionRecord: {
            kind: 'careCertification',
            careLevel: 'requiresCare2',
            validFrom: '2026-05-10',
            validUntil: '2026-11-30',
          },
          occurredAt: '2026-05-12T01:00:00.000Z',
        },
      ],
    });

    renderApproval(detail);

    expect(
      await screen.findByText('認定結果：要介護2（認定有効期間 2026/05/10〜2026/11/30）'),
    ).toBeInTheDocument();
  });
});
