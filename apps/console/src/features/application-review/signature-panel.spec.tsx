import { text } from '@madoguchi/forms-schema/testing';
import type { ApplicationDetail } from '@madoguchi/procedures-contracts';
import {
  buildApplicationDetail,
  buildServedFormDefinition,
  buildStaffActor,
} from '@madoguchi/web-data-access-api/testing';
import { findAxeViolations } from '@madoguchi/web-ui-kit/testing';
import { screen, within } from '@testing-library/react';
import { renderConsoleApp } from '../../testing/render-app.js';
import { SignaturePanel } from './signature-panel.js';

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
        fields: [{ id: 'birthDate', type: 'date', label: text('Date of birth', '生年月日') }],
      },
    ],
  }),
};

describe(SignaturePanel.name, () => {
  it('shows a valid signature with its certificate and flags the 基本4情報 that differ', async () => {
    // Arrange
    const detail: ApplicationDetail = {
      ...buildApplicationDetail({ answers: { birthDate: '1994-06-13' } }),
      signature: {
        isValid: true,
        failure: null,
        signingTime: '2026-12-08T01:00:00.000Z',
        signingTimeSource: 'signing_time_attribute',
        certificateSerial: '0a1b2c',
        certificateIssuer: 'CN=Demo JPKI 署名用認証局, O=Madoguchi Demo JPKI, C=JP',
        signer: {
          name: '山田　花子',
          address: '東京都千代田区九段南一丁目２番１号',
          dateOfBirth: '1994-06-12',
          gender: 'female',
        },
        comparison: [
          { item: 'name', onCard: '山田　花子', inAnswers: '山田　花子', matches: true },
          { item: 'dateOfBirth', onCard: '1994-06-12', inAnswers: '1994-06-13', matches: false },
        ],
        verifiedAt: '2026-12-08T01:00:05.000Z',
      },
    };

    // Act
    const { container } = renderConsoleApp(`/applications/${detail.id}`, [
      { path: '/api/session', body: buildStaffActor() },
      { path: '/api/staff/members', body: [] },
      { path: `/api/staff/applications/${detail.id}/notes`, body: [] },
      { path: `/api/staff/applications/${detail.id}`, body: detail },
      {
        path: '/api/municipalities/131016/procedures/pregnancy-notification/form?version=1',
        body: FORM,
      },
    ]);

    // Assert
    const panel = await screen.findByRole('region', { name: '電子署名' });
    expect(within(panel).getByText('有効')).toBeInTheDocument();
    expect(within(panel).getAllByText(/^山田\s花子$/).length).toBeGreaterThan(0);
    expect(within(panel).getByText('0a1b2c')).toBeInTheDocument();
    const birthRow = within(panel).getByRole('row', { name: /生年月日/ });
    expect(within(birthRow).getByText('不一致')).toBeInTheDocument();
    const nameRow = within(panel).getByRole('row', { name: /氏名/ });
    expect(within(nameRow).getByText('一致')).toBeInTheDocument();
    expect(await findAxeViolations(container)).toEqual([]);
  });
});
