import { text } from '@madoguchi/forms-schema/testing';
import { buildServedFormDefinition } from '@madoguchi/web-data-access-api/testing';
import {
  buildResidentApplicationDetail,
  buildResidentActor,
} from '@madoguchi/web-data-access-api/testing';
import { findAxeViolations } from '@madoguchi/web-ui-kit/testing';
import { screen } from '@testing-library/react';
import { renderCitizenApp } from '../../testing/render-app.js';
import { ApplicationDetail } from './application-detail.js';

describe(ApplicationDetail.name, () => {
  it('shows the status history, the messages of the office and the answers sent', async () => {
    // Arrange
    const detail = buildResidentApplicationDetail({
      status: 'correction_requested',
      answers: { expectedDate: '2025-10-01' },
      events: [
        ...buildResidentApplicationDetail().events,
        {
          id: 'event-2',
          fromStatus: 'submitted',
          toStatus: 'correction_requested',
          actorKind: 'staff',
          messageToResident: '母子健康手帳の写しを添付してください。',
          decisionRecord: null,
          occurredAt: '2025-04-02T02:00:00.000Z',
        },
      ],
    });

    // Act
    const { container } = renderCitizenApp(`/applications/${detail.id}`, [
      { path: '/api/session', body: buildResidentActor() },
      { path: '/api/me/notifications', body: [] },
      { path: `/api/me/applications/${detail.id}`, body: detail },
      {
        path: '/api/municipalities/131016/procedures/pregnancy-notification/form?version=1',
        body: {
          procedureId: 'pregnancy-notification',
          municipalityCode: '131016',
          formVersion: 1,
          baseFormVersion: 1,
          definition: buildServedFormDefinition({
            steps: [
              {
                id: 'pregnancy',
                title: text('Pregnancy', '妊娠について'),
                fields: [
                  { id: 'expectedDate', type: 'date', label: text('Expected date', '出産予定日') },
                ],
              },
            ],
          }),
        },
      },
    ]);

    // Assert
    expect(
      await screen.findByRole('heading', { level: 1, name: '妊娠の届出' }),
    ).toBeInTheDocument();
    expect(screen.getByText('母子健康手帳の写しを添付してください。')).toBeInTheDocument();
    expect(screen.getAllByText('補正依頼').length).toBeGreaterThan(0);
    expect(screen.getByRole('link', { name: '控え（PDF）をダウンロード' })).toHaveAttribute(
      'href',
      `/api/me/applications/${detail.id}/receipt.pdf`,
    );
    expect(await findAxeViolations(container)).toEqual([]);
    expect(await screen.findByText('2025年10月1日')).toBeInTheDocument();
  });

  it.each([
    ['ja', '処理完了の目安', '2025年4月15日ごろ', '担当者が内容を確認しています。'],
    ['en', 'Expected completion', 'Around 15 Apr 2025', 'A case worker is checking it.'],
  ] as const)(
    'tells in %s the expected completion date as an estimate and what happens next',
    async (locale, label, date, next) => {
      // Arrange
      const detail = buildResidentApplicationDetail({ status: 'in_review', dueDate: '2025-04-15' });

      // Act
      const { container } = renderCitizenApp(
        `/applications/${detail.id}`,
        [
          { path: '/api/session', body: buildResidentActor() },
          { path: '/api/me/notifications', body: [] },
          { path: `/api/me/applications/${detail.id}`, body: detail },
        ],
        locale,
      );

      // Assert
      expect(await screen.findByText(new RegExp(label))).toBeInTheDocument();
      expect(screen.getByText(date)).toBeInTheDocument();
      expect(screen.getByText(new RegExp(next))).toBeInTheDocument();
      expect(screen.getByText(/目安です|An estimate/)).toBeInTheDocument();
      expect(await findAxeViolations(container)).toEqual([]);
    },
  );

  it('says while a correction waits that the period does not count, in やさしい日本語 with furigana', async () => {
    // Arrange
    const detail = buildResidentApplicationDetail({
      status: 'correction_requested',
      dueDate: '2025-04-15',
    });

    // Act
    const { container } = renderCitizenApp(
      `/applications/${detail.id}`,
      [
        { path: '/api/session', body: buildResidentActor() },
        { path: '/api/me/notifications', body: [] },
        { path: `/api/me/applications/${detail.id}`, body: detail },
      ],
      'easyJa',
    );

    // Assert
    await screen.findByText(/終わる日の目安/);
    const paused = container.querySelector('.mdg-timeline__next')?.textContent ?? '';
    expect(paused).toMatch(/待っている間は、日数に入れません/);
    expect(container.querySelector('.mdg-timeline__next ruby')).not.toBeNull();
  });
});
