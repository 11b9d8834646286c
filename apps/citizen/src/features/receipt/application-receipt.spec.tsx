import { text } from '@madoguchi/forms-schema/testing';
import { buildServedFormDefinition } from '@madoguchi/web-data-access-api/testing';
import {
  buildResidentApplicationDetail,
  buildMunicipality,
  buildProcedureDetail,
  buildResidentActor,
} from '@madoguchi/web-data-access-api/testing';
import type { MockRoute } from '@madoguchi/web-data-access-api/testing';
import { findAxeViolations } from '@madoguchi/web-ui-kit/testing';
import { screen } from '@testing-library/react';
import { renderCitizenApp } from '../../testing/render-app.js';
import { ApplicationReceipt } from './application-receipt.js';

const APPLICATION = buildResidentApplicationDetail({
  dueDate: '2025-04-08',
  answers: {
    expectedDate: '2025-10-01',
    myNumber: '********5352',
    proof: ['file-1'],
  },
});

const FORM = {
  procedureId: 'pregnancy-notification',
  municipalityCode: '131016',
  formVersion: 1,
  baseFormVersion: 1,
  definition: buildServedFormDefinition({
    id: 'pregnancy-notification',
    title: text('Pregnancy notification', '妊娠の届出'),
    steps: [
      {
        id: 'pregnancy',
        title: text('Pregnancy', '妊娠について'),
        fields: [
          { id: 'expectedDate', type: 'date', label: text('Expected date', '出産予定日') },
          { id: 'myNumber', type: 'myNumber', label: text('My Number', '個人番号') },
          { id: 'proof', type: 'attachment', slot: 'proof', label: text('Proof', '妊娠の証明') },
        ],
      },
    ],
    attachments: [{ id: 'proof', label: text('Proof', '妊娠の証明'), guidance: text('A photo') }],
  }),
};

const ROUTES: MockRoute[] = [
  { path: '/api/session', body: buildResidentActor() },
  { path: '/api/me/notifications', body: [] },
  { path: `/api/me/applications/${APPLICATION.id}`, body: APPLICATION },
  { path: '/api/municipalities', body: [buildMunicipality()] },
  {
    path: '/api/municipalities/131016/procedures/pregnancy-notification',
    body: buildProcedureDetail(),
  },
  {
    path: '/api/municipalities/131016/procedures/pregnancy-notification/form?version=1',
    body: FORM,
  },
  {
    path: '/api/attachments/file-1/meta',
    body: { id: 'file-1', fileName: '母子手帳.png', bytes: 72 },
  },
];

describe(ApplicationReceipt.name, () => {
  it('shows the 受付番号, the municipality by name, the answers, what happens next and the PDF 控え link', async () => {
    // Arrange + Act
    const { container } = renderCitizenApp(`/applications/${APPLICATION.id}/receipt`, ROUTES);

    // Assert
    expect(
      await screen.findByRole('heading', { level: 1, name: '申請を受け付けました' }),
    ).toBeInTheDocument();
    expect(screen.getAllByText('K7P-4M2X').length).toBeGreaterThan(0);
    const link = screen.getByRole('link', { name: '控え（PDF）をダウンロード' });
    expect(link).toHaveAttribute('href', `/api/me/applications/${APPLICATION.id}/receipt.pdf`);
    expect(link).toHaveAttribute('download', 'K7P-4M2X.pdf');
    expect(await screen.findByText('東京都千代田区')).toBeInTheDocument();
    expect(screen.getByText('2025年4月1日 10:23')).toBeInTheDocument();
    expect(
      await screen.findByText('標準処理期間は開庁日で5日です。', { exact: false }),
    ).toBeInTheDocument();
    expect(await screen.findByText('2025年10月1日')).toBeInTheDocument();
    expect(screen.getByText(/＊＊＊＊ ＊＊＊＊ 5352/)).toBeInTheDocument();
    expect(await screen.findByText('母子手帳.png')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /印刷/ })).not.toBeInTheDocument();
    expect(await findAxeViolations(container)).toEqual([]);
  });

  it.each([
    ['en', 'Download the receipt (PDF)', 'Chiyoda City, Tokyo'],
    ['easyJa', '控え（PDF）をダウンロードする', '東京都千代田区'],
  ] as const)('offers the same link in %s', async (locale, linkText, municipality) => {
    // Arrange + Act
    renderCitizenApp(`/applications/${APPLICATION.id}/receipt`, ROUTES, locale);

    // Assert
    const link = await screen.findByRole('link', { name: linkText });
    expect(link).toHaveAttribute('href', `/api/me/applications/${APPLICATION.id}/receipt.pdf`);
    expect((await screen.findAllByText(municipality)).length).toBeGreaterThan(0);
  });
});
