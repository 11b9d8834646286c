import { buildApplicationDetail, buildResidentActor } from '@madoguchi/web-data-access-api/testing';
import { findAxeViolations } from '@madoguchi/web-ui-kit/testing';
import { screen } from '@testing-library/react';
import { renderCitizenApp } from '../../testing/render-app.js';
import { ApplicationDetail } from './application-detail.js';

describe(ApplicationDetail.name, () => {
  it('shows the status history and the messages of the office', async () => {
    // Arrange
    const detail = buildApplicationDetail({
      status: 'correction_requested',
      events: [
        ...buildApplicationDetail().events,
        {
          id: 'event-2',
          fromStatus: 'submitted',
          toStatus: 'correction_requested',
          actorKind: 'staff',
          comment: '内部メモ',
          messageToResident: '母子健康手帳の写しを添付してください。',
          occurredAt: '2025-04-02T02:00:00.000Z',
        },
      ],
    });

    // Act
    const { container } = renderCitizenApp(`/applications/${detail.id}`, [
      { path: '/api/session', body: buildResidentActor() },
      { path: '/api/me/notifications', body: [] },
      { path: `/api/me/applications/${detail.id}`, body: detail },
    ]);

    // Assert
    expect(
      await screen.findByRole('heading', { level: 1, name: '妊娠の届出' }),
    ).toBeInTheDocument();
    expect(screen.getByText('母子健康手帳の写しを添付してください。')).toBeInTheDocument();
    expect(screen.queryByText('内部メモ')).not.toBeInTheDocument();
    expect(screen.getAllByText('補正依頼').length).toBeGreaterThan(0);
    expect(await findAxeViolations(container)).toEqual([]);
  });
});
