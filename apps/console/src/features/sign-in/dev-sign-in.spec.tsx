import { buildDevAccount, buildStaffActor } from '@madoguchi/web-data-access-api/testing';
import { findAxeViolations } from '@madoguchi/web-ui-kit/testing';
import { screen } from '@testing-library/react';
import { renderConsoleApp } from '../../testing/render-app.js';
import { DevSignIn } from './dev-sign-in.js';

describe(DevSignIn.name, () => {
  it('offers the demo staff accounts only and opens the work queue after sign-in', async () => {
    // Arrange
    const staff = buildStaffActor();
    const { user, container } = renderConsoleApp('/', [
      {
        path: '/api/session',
        status: 401,
        body: { error: { code: 'unauthenticated', message: { ja: '', en: '' }, fields: [] } },
      },
      {
        path: '/api/dev/accounts',
        body: [buildDevAccount(), { ...staff, description: '子育て支援課 担当者' }],
      },
      { method: 'POST', path: '/api/dev/sign-in', body: staff },
      { path: '/api/staff/applications', body: [] },
    ]);
    const button = await screen.findByRole('button', { name: '佐藤 一郎 としてサインイン' });
    expect(screen.queryByRole('button', { name: /山田/ })).not.toBeInTheDocument();
    expect(await findAxeViolations(container)).toEqual([]);

    // Act
    await user.click(button);

    // Assert
    expect(await screen.findByRole('table', { name: '申請 0 件' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: '作業一覧' })).toBeInTheDocument();
  });
});
