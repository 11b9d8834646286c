import {
  buildDevAccount,
  buildResidentActor,
  buildStaffActor,
} from '@madoguchi/web-data-access-api/testing';
import { findAxeViolations } from '@madoguchi/web-ui-kit/testing';
import { screen } from '@testing-library/react';
import { SIGNED_OUT, renderCitizenApp } from '../../testing/render-app.js';
import { DevSignIn } from './dev-sign-in.js';

describe(DevSignIn.name, () => {
  it('signs in as a demo resident and returns to the page that asked for it', async () => {
    // Arrange
    const { user, fetch, router, container } = renderCitizenApp(
      '/sign-in?returnTo=%2Fapplications',
      [
        SIGNED_OUT,
        {
          path: '/api/dev/accounts',
          body: [buildDevAccount(), { ...buildStaffActor(), description: '子育て支援課' }],
        },
        { method: 'POST', path: '/api/dev/sign-in', body: buildResidentActor() },
        { path: '/api/me/applications', body: [] },
        { path: '/api/me/notifications', body: [] },
      ],
    );
    const button = await screen.findByRole('button', { name: '山田 花子 としてサインイン' });
    expect(screen.queryByRole('button', { name: /佐藤/ })).not.toBeInTheDocument();
    expect(await findAxeViolations(container)).toEqual([]);

    // Act
    await user.click(button);

    // Assert
    expect(await screen.findByRole('heading', { level: 1, name: '申請一覧' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/applications');
    expect(
      fetch.requests.find((request) => request.path === '/api/dev/sign-in')?.headers,
    ).toMatchObject({
      'x-madoguchi-csrf': '1',
    });
    expect(screen.getByText('山田 花子 さん')).toBeInTheDocument();
  });
});
