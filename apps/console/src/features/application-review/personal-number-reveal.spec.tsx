import { text } from '@madoguchi/forms-schema/testing';
import type { ApplicationDetail, SessionActor } from '@madoguchi/procedures-contracts';
import type { MockRoute } from '@madoguchi/web-data-access-api/testing';
import {
  buildApiErrorBody,
  buildApplicationDetail,
  buildServedFormDefinition,
  buildStaffActor,
} from '@madoguchi/web-data-access-api/testing';
import { findAxeViolations } from '@madoguchi/web-ui-kit/testing';
import { screen, within } from '@testing-library/react';
import { renderConsoleApp } from '../../testing/render-app.js';
import { PersonalNumberReveal } from './personal-number-reveal.js';

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
        fields: [
          {
            id: 'myNumber',
            type: 'myNumber',
            sensitive: true,
            label: text('My Number', '個人番号'),
          },
        ],
      },
    ],
  }),
};

function renderReview(
  actor: SessionActor,
  reveal: NonNullable<MockRoute['respond']>,
  status = 200,
) {
  const detail: ApplicationDetail = buildApplicationDetail({
    answers: { myNumber: '********0123' },
  });
  const view = renderConsoleApp(`/applications/${detail.id}`, [
    { path: '/api/session', body: actor },
    { path: '/api/staff/members', body: [] },
    { path: `/api/staff/applications/${detail.id}/notes`, body: [] },
    { path: `/api/staff/applications/${detail.id}`, body: detail },
    {
      path: '/api/municipalities/131016/procedures/pregnancy-notification/form?version=1',
      body: FORM,
    },
    {
      method: 'POST',
      path: `/api/staff/applications/${detail.id}/personal-data/reveal`,
      respond: reveal,
      status,
    },
  ]);
  return { ...view, detail };
}

describe(PersonalNumberReveal.name, () => {
  it('tells staff who are not 事務取扱担当者 why they cannot reveal, with no button', async () => {
    // Arrange
    const actor = buildStaffActor({ staffRole: 'approver' });

    // Act
    const { container, fetch } = renderReview(actor, () => ({}));

    // Assert
    const section = await screen.findByRole('region', { name: '個人番号の表示' });
    expect(within(section).getByText(/事務取扱担当者に指定されていないため/)).toBeInTheDocument();
    expect(
      within(section).queryByRole('button', { name: '個人番号を表示' }),
    ).not.toBeInTheDocument();
    expect(fetch.requests.some((request) => request.path.endsWith('/reveal'))).toBe(false);
    expect(await findAxeViolations(container)).toEqual([]);
  });

  it('leads a 事務取扱担当者 without a fresh step-up to sign in again and come back to this application', async () => {
    // Arrange
    const actor = buildStaffActor({ isPersonalNumberHandler: true });
    const { user, detail, container } = renderReview(
      actor,
      () => buildApiErrorBody('step_up_required'),
      403,
    );
    await user.type(
      await screen.findByRole('textbox', { name: /表示する理由/ }),
      '住民基本台帳との照合のため',
    );

    // Act
    await user.click(screen.getByRole('button', { name: '個人番号を表示' }));

    // Assert
    const link = await screen.findByRole('link', { name: 'もう一度ログインして認証する' });
    const href = new URL(link.getAttribute('href') ?? '', 'http://console.test');
    expect(href.pathname).toBe('/api/auth/login');
    expect(href.searchParams.get('audience')).toBe('staff');
    expect(href.searchParams.get('stepUp')).toBe('1');
    expect(href.searchParams.get('returnTo')).toBe(`/applications/${detail.id}`);
    expect(screen.queryByText('123456780123')).not.toBeInTheDocument();
    expect(await findAxeViolations(container)).toEqual([]);
  });

  it('reveals the 個人番号 with the reason after a step-up, and hides it again', async () => {
    // Arrange
    const actor = buildStaffActor({
      isPersonalNumberHandler: true,
      steppedUpAt: new Date().toISOString(),
    });
    const { user, fetch } = renderReview(actor, () => ({
      path: 'myNumber',
      value: '123456780123',
    }));
    await user.click(await screen.findByRole('button', { name: '個人番号を表示' }));
    expect(
      await screen.findByText('表示する理由を5文字以上で入力してください'),
    ).toBeInTheDocument();
    await user.type(
      screen.getByRole('textbox', { name: /表示する理由/ }),
      '住民基本台帳との照合のため',
    );

    // Act
    await user.click(screen.getByRole('button', { name: '個人番号を表示' }));

    // Assert
    expect(await screen.findByText('123456780123')).toBeInTheDocument();
    const reveal = fetch.requests.find((request) => request.path.endsWith('/reveal'));
    expect(reveal?.body).toEqual({ path: 'myNumber', reason: '住民基本台帳との照合のため' });
    expect(reveal?.headers['x-madoguchi-csrf']).toBe('1');
    await user.click(screen.getByRole('button', { name: '隠す' }));
    expect(screen.queryByText('123456780123')).not.toBeInTheDocument();
  });

  it('says why when the hourly limit is reached', async () => {
    // Arrange
    const actor = buildStaffActor({
      isPersonalNumberHandler: true,
      steppedUpAt: new Date().toISOString(),
    });
    const { user } = renderReview(
      actor,
      () => buildApiErrorBody('personal_number_reveal_rate_limited'),
      429,
    );
    await user.type(
      await screen.findByRole('textbox', { name: /表示する理由/ }),
      '住民基本台帳との照合のため',
    );

    // Act
    await user.click(screen.getByRole('button', { name: '個人番号を表示' }));

    // Assert
    expect(await screen.findByText('個人番号を表示できませんでした')).toBeInTheDocument();
    expect(screen.getByText('エラー（personal_number_reveal_rate_limited）')).toBeInTheDocument();
  });
});
