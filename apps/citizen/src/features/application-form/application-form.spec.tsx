import { text } from '@madoguchi/forms-schema/testing';
import { buildServedFormDefinition } from '@madoguchi/web-data-access-api/testing';
import {
  buildApiErrorBody,
  buildResidentApplicationDetail,
  buildResidentActor,
} from '@madoguchi/web-data-access-api/testing';
import type { MockRoute } from '@madoguchi/web-data-access-api/testing';
import { findAxeViolations } from '@madoguchi/web-ui-kit/testing';
import { screen } from '@testing-library/react';
import { renderCitizenApp } from '../../testing/render-app.js';
import { ApplicationForm } from './application-form.js';

const APPLY_PATH = '/municipalities/131016/procedures/pregnancy-notification/apply';

const FORM = {
  procedureId: 'pregnancy-notification',
  municipalityCode: '131016',
  formVersion: 1,
  baseFormVersion: 1,
  definition: buildServedFormDefinition({
    id: 'pregnancy-notification',
    title: text('Pregnancy notification', '妊娠の届出'),
    summary: text('Notify your pregnancy', '妊娠したことを届け出ます。'),
    steps: [
      {
        id: 'pregnancy',
        title: text('Pregnancy', '妊娠について'),
        fields: [
          {
            id: 'expectedDate',
            type: 'date',
            label: text('Expected date', '出産予定日'),
            required: true,
          },
          { id: 'email', type: 'email', label: text('E-mail', 'メールアドレス') },
        ],
      },
    ],
  }),
};

function routes(submit: MockRoute): MockRoute[] {
  return [
    { path: '/api/session', body: buildResidentActor() },
    { path: '/api/me/notifications', body: [] },
    { path: '/api/municipalities/131016/procedures/pregnancy-notification/form', body: FORM },
    submit,
    { path: /^\/api\/me\/applications\/.+/, body: buildResidentApplicationDetail() },
  ];
}

describe(ApplicationForm.name, () => {
  it('submits the normalised answers once with an idempotency key and shows the receipt', async () => {
    // Arrange
    const { user, fetch, container } = renderCitizenApp(
      APPLY_PATH,
      routes({
        method: 'POST',
        path: '/api/applications',
        status: 201,
        body: buildResidentApplicationDetail(),
      }),
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: '妊娠の届出' }),
    ).toBeInTheDocument();
    expect(await findAxeViolations(container)).toEqual([]);
    await user.type(screen.getByRole('textbox', { name: /出産予定日/ }), '令和7年10月1日');
    await user.click(screen.getByRole('button', { name: '確認画面へ進む' }));

    // Act
    await user.click(await screen.findByRole('button', { name: '送信する' }));

    // Assert
    expect(
      await screen.findByRole('heading', { level: 1, name: '申請を受け付けました' }),
    ).toBeInTheDocument();
    expect(screen.getAllByText('K7P-4M2X').length).toBeGreaterThan(0);
    expect(screen.getByRole('link', { name: '控え（PDF）をダウンロード' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/api\/me\/applications\/.+\/receipt\.pdf$/),
    );
    const submission = fetch.requests.find((request) => request.method === 'POST');
    expect(submission?.headers['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
    expect(submission?.body).toEqual({
      municipalityCode: '131016',
      procedureId: 'pregnancy-notification',
      formVersion: 1,
      answers: { expectedDate: '2025-10-01' },
    });
    expect(await findAxeViolations(container)).toEqual([]);
  });

  it('puts the field errors of the API on their fields', async () => {
    // Arrange
    const fields = [
      {
        path: 'email',
        code: 'invalid_email',
        message: { ja: 'メールアドレスの形式が正しくありません', en: 'Invalid e-mail' },
      },
    ];
    const { user } = renderCitizenApp(
      APPLY_PATH,
      routes({
        method: 'POST',
        path: '/api/applications',
        status: 422,
        body: buildApiErrorBody('invalid_answers', fields),
      }),
    );
    await user.type(await screen.findByRole('textbox', { name: /出産予定日/ }), '2025-10-01');
    await user.click(screen.getByRole('button', { name: '確認画面へ進む' }));

    // Act
    await user.click(await screen.findByRole('button', { name: '送信する' }));

    // Assert
    expect(
      await screen.findByRole('link', { name: 'メールアドレスの形式が正しくありません' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /メールアドレス/ })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
  });

  it('sends a signed-out resident to the sign-in page first', async () => {
    // Arrange
    const { router } = renderCitizenApp(APPLY_PATH, [
      { path: '/api/session', status: 401, body: buildApiErrorBody('unauthenticated') },
      { path: '/api/dev/accounts', body: [] },
    ]);

    // Act
    const heading = await screen.findByRole('heading', { level: 1, name: 'サインイン' });

    // Assert
    expect(heading).toBeInTheDocument();
    expect(router.state.location.search).toBe(`?returnTo=${encodeURIComponent(APPLY_PATH)}`);
  });
});
