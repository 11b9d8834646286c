import { text } from '@madoguchi/forms-schema/testing';
import { buildServedFormDefinition } from '@madoguchi/web-data-access-api/testing';
import { buildResidentActor } from '@madoguchi/web-data-access-api/testing';
import type { MockRoute } from '@madoguchi/web-data-access-api/testing';
import { findAxeViolations } from '@madoguchi/web-ui-kit/testing';
import { screen, waitFor, within } from '@testing-library/react';
import { renderCitizenApp } from '../../testing/render-app.js';
import { NewerFormVersion } from './newer-form-version.js';

const OLD_DRAFT_ID = '5b0f3f5e-1c1a-4d8e-9f43-2f0e4b1c7a10';
const BASE = '/api/municipalities/131016/procedures/pregnancy-notification/form';

function formVersion(version: number, fields: object[]) {
  return {
    procedureId: 'pregnancy-notification',
    municipalityCode: '131016',
    formVersion: version,
    baseFormVersion: version,
    definition: buildServedFormDefinition({
      id: 'pregnancy-notification',
      version,
      title: text('Pregnancy notification', '妊娠の届出'),
      steps: [{ id: 'about', title: text('About you', 'あなたについて'), fields }],
    }),
  };
}

const V1 = formVersion(1, [
  { id: 'note', type: 'text', label: text('Note', '備考') },
  { id: 'fax', type: 'text', label: text('Fax number', 'FAX番号') },
]);
const V2 = formVersion(2, [
  { id: 'note', type: 'text', label: text('Note', '備考') },
  { id: 'email', type: 'email', label: text('E-mail', 'メールアドレス') },
]);

function draft(id: string, version: number, answers: Record<string, unknown>) {
  return {
    id,
    municipalityCode: '131016',
    procedureId: 'pregnancy-notification',
    procedureTitle: { ja: '妊娠の届出', en: 'Pregnancy notification', easyJa: '妊娠の届出' },
    formVersion: version,
    stepId: 'about',
    isOutdated: version === 1,
    createdAt: '2026-12-01T01:00:00.000Z',
    updatedAt: '2026-12-01T01:00:00.000Z',
    keptUntil: '2027-05-30T01:00:00.000Z',
    answers,
    maskedPaths: [],
    attachments: [],
  };
}

function routes(): MockRoute[] {
  return [
    { path: '/api/session', body: buildResidentActor() },
    { path: '/api/me/notifications', body: [] },
    {
      path: `/api/me/drafts/${OLD_DRAFT_ID}`,
      body: draft(OLD_DRAFT_ID, 1, { note: '急ぎです', fax: '0312345678' }),
    },
    { path: `${BASE}?version=1`, body: V1 },
    { path: `${BASE}?version=2`, body: V2 },
    { path: BASE, body: V2 },
    {
      method: 'POST',
      path: `/api/me/drafts/${OLD_DRAFT_ID}/migrate`,
      body: {
        ...draft(OLD_DRAFT_ID, 2, { note: '急ぎです' }),
        isOutdated: false,
        newerVersion: null,
      },
    },
  ];
}

const RESUME = `/municipalities/131016/procedures/pregnancy-notification/apply?draft=${OLD_DRAFT_ID}`;

describe(NewerFormVersion.name, () => {
  it('tells what the newer version changes and moves the draft to it with its answers migrated', async () => {
    // Arrange
    const { user, fetch, container } = renderCitizenApp(RESUME, routes());
    const notice = (
      await screen.findByRole('heading', { name: 'この申請書の新しい様式があります' })
    ).closest('.mdg-notice') as HTMLElement;
    expect(within(notice).getByText('メールアドレス')).toBeInTheDocument();
    expect(within(notice).getByText('FAX番号')).toBeInTheDocument();
    expect(within(notice).getByRole('heading', { name: '追加された項目' })).toBeInTheDocument();
    expect(within(notice).getByRole('heading', { name: 'なくなった項目' })).toBeInTheDocument();
    expect(await findAxeViolations(container)).toEqual([]);

    // Act
    await user.click(screen.getByRole('button', { name: '新しい様式に移る' }));

    // Assert: the API migrated the draft (same id, version 2, the kept answers); the new form shown
    await waitFor(() =>
      expect(
        fetch.requests.some(
          (request) =>
            request.method === 'POST' && request.path === `/api/me/drafts/${OLD_DRAFT_ID}/migrate`,
        ),
      ).toBe(true),
    );
    expect(await screen.findByRole('textbox', { name: /メールアドレス/ })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /備考/ })).toHaveValue('急ぎです');
    expect(
      screen.queryByRole('heading', { name: 'この申請書の新しい様式があります' }),
    ).not.toBeInTheDocument();
  });

  it('keeps the older version when the resident chooses so, in English', async () => {
    // Arrange
    const { user, fetch } = renderCitizenApp(RESUME, routes(), 'en');
    await screen.findByRole('heading', { name: 'There is a newer version of this form' });

    // Act
    await user.click(screen.getByRole('button', { name: 'Continue with the older version' }));

    // Assert
    expect(
      screen.queryByRole('heading', { name: 'There is a newer version of this form' }),
    ).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Fax number/ })).toHaveValue('0312345678');
    expect(fetch.requests.some((request) => request.method === 'POST')).toBe(false);
  });
});
