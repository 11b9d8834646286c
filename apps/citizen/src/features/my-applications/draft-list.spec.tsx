import { buildResidentActor } from '@madoguchi/web-data-access-api/testing';
import { screen } from '@testing-library/react';

import { renderCitizenApp } from '../../testing/render-app.js';
import { DraftList } from './draft-list.js';

const DRAFT = {
  id: 'draft-1',
  municipalityCode: '131016',
  procedureId: 'pregnancy-notification',
  procedureTitle: { ja: '妊娠の届出', en: 'Pregnancy notification', easyJa: 'にんしんの とどけ' },
  formVersion: 1,
  stepId: 'pregnancy',
  isOutdated: false,
  createdAt: '2026-05-01T01:00:00.000Z',
  updatedAt: '2026-05-02T01:00:00.000Z',
  keptUntil: '2026-10-29T01:00:00.000Z',
};

describe(DraftList.name, () => {
  it('tells how long a draft is kept before it is deleted', async () => {
    // Act
    renderCitizenApp('/applications', [
      { path: '/api/session', body: buildResidentActor() },
      { path: '/api/me/notifications', body: [] },
      { path: '/api/me/applications', body: [] },
      { path: '/api/me/drafts', body: [DRAFT] },
    ]);

    // Assert
    expect(
      await screen.findByRole('link', { name: '妊娠の届出の続きを入力する' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /2026年10月29日 10:00まで保存します。それまでに送信するか、もう一度保存しないと削除されます。/,
      ),
    ).toBeInTheDocument();
  });
});
