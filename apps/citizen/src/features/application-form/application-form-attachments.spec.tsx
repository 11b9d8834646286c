import { text } from '@madoguchi/forms-schema/testing';
import { buildServedFormDefinition } from '@madoguchi/web-data-access-api/testing';
import { buildResidentActor } from '@madoguchi/web-data-access-api/testing';
import type { MockRoute } from '@madoguchi/web-data-access-api/testing';
import { screen, waitFor } from '@testing-library/react';
import { renderCitizenApp } from '../../testing/render-app.js';
import { ApplicationForm } from './application-form.js';

const DRAFT_ID = '5b0f3f5e-1c1a-4d8e-9f43-2f0e4b1c7a10';
const FILE_ID = '0d6c1d52-8a43-4bb4-9d3e-51f0d0c1b2a3';

const FORM = {
  procedureId: 'pregnancy-notification',
  municipalityCode: '131016',
  formVersion: 1,
  baseFormVersion: 1,
  definition: buildServedFormDefinition({
    id: 'pregnancy-notification',
    title: text('Pregnancy notification', '妊娠の届出'),
    summary: text('Notify your pregnancy', '妊娠したことを届け出ます。'),
    attachments: [
      {
        id: 'proofSlot',
        label: text('Proof', '証明書'),
        guidance: text('Proof', '証明書'),
        required: true,
      },
    ],
    steps: [
      {
        id: 'documents',
        title: text('Documents', '書類'),
        fields: [
          { id: 'note', type: 'text', label: text('Note', '備考') },
          { id: 'proof', type: 'attachment', slot: 'proofSlot', label: text('Proof', '証明書') },
        ],
      },
    ],
  }),
};

const DRAFT = {
  id: DRAFT_ID,
  municipalityCode: '131016',
  procedureId: 'pregnancy-notification',
  procedureTitle: { ja: '妊娠の届出', en: 'Pregnancy notification', easyJa: '妊娠の届出' },
  formVersion: 1,
  stepId: 'documents',
  isOutdated: false,
  createdAt: '2026-12-01T01:00:00.000Z',
  updatedAt: '2026-12-01T01:00:00.000Z',
  keptUntil: '2027-05-30T01:00:00.000Z',
  answers: { note: '急ぎです', proof: [FILE_ID] },
  maskedPaths: [],
  attachments: [{ id: FILE_ID, fileName: '母子手帳.png', bytes: 1234 }],
};

function routes(): MockRoute[] {
  return [
    { path: '/api/session', body: buildResidentActor() },
    { path: '/api/me/notifications', body: [] },
    { path: `/api/me/drafts/${DRAFT_ID}`, body: DRAFT },
    {
      path: '/api/municipalities/131016/procedures/pregnancy-notification/form?version=1',
      body: FORM,
    },
    { method: 'DELETE', path: `/api/attachments/${FILE_ID}`, status: 204 },
    {
      method: 'PUT',
      path: `/api/me/drafts/${DRAFT_ID}`,
      respond: (request) => ({ ...DRAFT, ...(request.body as object), attachments: [] }),
    },
  ];
}

describe(`${ApplicationForm.name} attachments`, () => {
  it('shows a resumed draft’s file by its name, and saves the draft when it is removed', async () => {
    // Arrange
    const { user, fetch } = renderCitizenApp(
      `/municipalities/131016/procedures/pregnancy-notification/apply?draft=${DRAFT_ID}`,
      routes(),
    );
    const remove = await screen.findByRole('button', { name: '母子手帳.png を取り消す' });

    // Act
    await user.click(remove);

    // Assert: deleted on the server, then the draft saved without it
    await waitFor(() =>
      expect(fetch.requests.some((request) => request.method === 'PUT')).toBe(true),
    );
    const methods = fetch.requests.map((request) => `${request.method} ${request.path}`);
    expect(methods.indexOf(`DELETE /api/attachments/${FILE_ID}`)).toBeLessThan(
      methods.indexOf(`PUT /api/me/drafts/${DRAFT_ID}`),
    );
    const saved = fetch.requests.find((request) => request.method === 'PUT');
    expect(saved?.body).toEqual({ answers: { note: '急ぎです', proof: [] } });
    expect(screen.queryByText('母子手帳.png')).not.toBeInTheDocument();
  });
});
