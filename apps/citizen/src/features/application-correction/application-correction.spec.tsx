import { text } from '@madoguchi/forms-schema/testing';
import { buildServedFormDefinition } from '@madoguchi/web-data-access-api/testing';
import type { ResidentApplicationDetail } from '@madoguchi/procedures-contracts';
import {
  buildResidentApplicationDetail,
  buildResidentActor,
} from '@madoguchi/web-data-access-api/testing';
import { findAxeViolations } from '@madoguchi/web-ui-kit/testing';
import { screen } from '@testing-library/react';
import { renderCitizenApp } from '../../testing/render-app.js';
import { ApplicationCorrection } from './application-correction.js';

const FORM = {
  procedureId: 'pregnancy-notification',
  municipalityCode: '131016',
  formVersion: 1,
  baseFormVersion: 1,
  definition: buildServedFormDefinition({
    steps: [
      {
        id: 'mother',
        title: text('Mother', '妊婦'),
        fields: [
          {
            id: 'myNumber',
            type: 'myNumber',
            sensitive: true,
            required: true,
            label: text('My Number', '個人番号'),
          },
          { id: 'email', type: 'email', required: true, label: text('E-mail', 'メールアドレス') },
        ],
      },
    ],
  }),
};

const ADDRESS_FORM = {
  ...FORM,
  definition: buildServedFormDefinition({
    steps: [
      {
        id: 'mother',
        title: text('Mother', '妊婦'),
        fields: [
          { id: 'address', type: 'postalAddress', required: true, label: text('Address', '住所') },
        ],
      },
    ],
  }),
};

function renderWith(detail: ResidentApplicationDetail, path: string) {
  let current = detail;
  return renderCitizenApp(path, [
    { path: '/api/session', body: buildResidentActor() },
    { path: '/api/me/notifications', body: [] },
    { path: `/api/me/applications/${detail.id}`, respond: () => current },
    {
      path: '/api/municipalities/131016/procedures/pregnancy-notification/form?version=1',
      body: FORM,
    },
    {
      method: 'POST',
      path: `/api/me/applications/${detail.id}/resubmit`,
      respond: () => (current = { ...current, status: 'resubmitted' }),
    },
    {
      method: 'POST',
      path: `/api/me/applications/${detail.id}/withdraw`,
      respond: () => (current = { ...current, status: 'withdrawn' }),
    },
  ]);
}

describe(ApplicationCorrection.name, () => {
  it('opens only the flagged field with the office’s message, keeps the 個人番号 masked and resubmits', async () => {
    // Arrange
    const detail = buildResidentApplicationDetail({
      status: 'correction_requested',
      answers: { myNumber: '********1234', email: 'hanako@example' },
      correctionFields: ['email'],
      correctionMessages: { email: 'メールが届きません。確認してください。' },
    });
    const { user, fetch, container } = renderWith(detail, `/applications/${detail.id}`);
    await user.click(await screen.findByRole('link', { name: '申請内容を修正する' }));
    const email = await screen.findByRole('textbox', { name: /メールアドレス/ });
    expect(email).toHaveValue('hanako@example');
    expect(email).toHaveAccessibleDescription(/メールが届きません。確認してください。/);
    expect(screen.queryByRole('textbox', { name: /個人番号/ })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '直してほしい項目' })).toBeInTheDocument();
    expect(await findAxeViolations(container)).toEqual([]);

    // Act
    await user.clear(email);
    await user.type(email, 'hanako@example.jp');
    await user.click(screen.getByRole('button', { name: '確認画面へ進む' }));
    await user.click(await screen.findByRole('button', { name: '送信する' }));

    // Assert: the 個人番号 is not sent back, the API keeps it
    expect(await screen.findByText('修正した申請を送りました。')).toBeInTheDocument();
    const resubmission = fetch.requests.find((request) => request.path.endsWith('/resubmit'));
    expect(resubmission?.body).toEqual({ answers: { email: 'hanako@example.jp' } });
  });

  it('shows the API’s refusal of an unflagged answer on it, in やさしい日本語', async () => {
    // Arrange
    const detail = buildResidentApplicationDetail({
      status: 'correction_requested',
      answers: { myNumber: '********1234', email: 'hanako@example.jp' },
      correctionFields: ['email'],
      correctionMessages: {},
    });
    const { user } = renderCitizenApp(
      `/applications/${detail.id}/correct`,
      [
        { path: '/api/session', body: buildResidentActor() },
        { path: '/api/me/notifications', body: [] },
        { path: `/api/me/applications/${detail.id}`, body: detail },
        {
          path: '/api/municipalities/131016/procedures/pregnancy-notification/form?version=1',
          body: FORM,
        },
        {
          method: 'POST',
          path: `/api/me/applications/${detail.id}/resubmit`,
          status: 400,
          body: {
            error: {
              code: 'field_not_open_for_correction',
              message: {
                ja: '申請先が直すよう求めた項目だけを変更できます。',
                en: 'Only the flagged fields can change.',
              },
              fields: [
                {
                  path: 'myNumber',
                  code: 'field_not_open_for_correction',
                  message: { ja: 'x', en: 'x' },
                },
              ],
            },
          },
        },
      ],
      'easyJa',
    );
    await screen.findByRole('textbox', { name: /メールアドレス/ });
    // The page's title carries furigana, as every やさしい日本語 text does
    const title = screen.getByRole('heading', { level: 1 });
    expect(title.querySelector('ruby')).not.toBeNull();
    expect(title).toHaveAccessibleName(/にんしんの とどけ（直して、もう一度送る）/);

    // Act
    await user.click(screen.getByRole('button', { name: /確かめる画面へ/ }));
    await user.click(await screen.findByRole('button', { name: '送る' }));

    // Assert
    const expected =
      'ここは、直すところではないので、変えることはできません。前のとおりにしてください。';
    expect(await screen.findByRole('link', { name: expected })).toBeInTheDocument();
    expect(screen.getAllByText(expected).length).toBeGreaterThan(1);
  });

  it('withdraws an application after a confirmation, with the reason given', async () => {
    // Arrange
    const detail = buildResidentApplicationDetail({ status: 'in_review' });
    const { user, fetch } = renderWith(detail, `/applications/${detail.id}`);
    await user.click(await screen.findByRole('button', { name: '申請を取り下げる' }));
    await user.type(screen.getByRole('textbox', { name: '取り下げる理由（任意）' }), '転出のため');

    // Act
    await user.click(screen.getByRole('button', { name: '取り下げを確定する' }));

    // Assert
    expect(await screen.findByText('申請を取り下げました。')).toBeInTheDocument();
    expect(fetch.requests.find((request) => request.path.endsWith('/withdraw'))?.body).toEqual({
      reason: '転出のため',
    });
    expect(screen.getAllByText('取下げ').length).toBeGreaterThan(0);
  });

  it('fills 都道府県, 市区町村 and 町域 of a flagged address from its new 郵便番号, as the form does', async () => {
    // Arrange
    const detail = buildResidentApplicationDetail({
      status: 'correction_requested',
      answers: {
        address: {
          postalCode: '1000001',
          prefecture: '東京都',
          city: '千代田区',
          town: '千代田',
          block: '1-1',
        },
      },
      correctionFields: ['address'],
      correctionMessages: { address: '転居先の住所にしてください。' },
    });
    const { user, fetch } = renderCitizenApp(`/applications/${detail.id}/correct`, [
      { path: '/api/session', body: buildResidentActor() },
      { path: '/api/me/notifications', body: [] },
      { path: `/api/me/applications/${detail.id}`, body: detail },
      {
        path: '/api/municipalities/131016/procedures/pregnancy-notification/form?version=1',
        body: ADDRESS_FORM,
      },
      {
        path: '/api/postal-codes/2310017',
        body: {
          postalCode: '2310017',
          addresses: [
            {
              postalCode: '2310017',
              prefecture: '神奈川県',
              city: '横浜市中区',
              town: '港町',
              localGovernmentCode: '141046',
            },
          ],
        },
      },
    ]);
    const postalCode = await screen.findByRole('textbox', { name: /郵便番号/ });

    // Act
    await user.clear(postalCode);
    await user.type(postalCode, '231-0017');

    // Assert
    expect(await screen.findByText(/「神奈川県横浜市中区港町」を入れました/)).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: /都道府県/ })).toHaveValue('神奈川県');
    expect(screen.getByRole('textbox', { name: /市区町村/ })).toHaveValue('横浜市中区');
    expect(screen.getByRole('textbox', { name: /町名/ })).toHaveValue('港町');
    expect(
      fetch.requests.filter((request) => request.path === '/api/postal-codes/2310017'),
    ).toHaveLength(1);
  });
});
