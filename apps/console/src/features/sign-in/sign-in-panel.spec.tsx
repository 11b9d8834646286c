import { findAxeViolations } from '@madoguchi/web-ui-kit/testing';
import { screen } from '@testing-library/react';
import { renderConsoleApp } from '../../testing/render-app.js';
import { SignInPanel } from './sign-in-panel.js';

const SIGNED_OUT = {
  path: '/api/session',
  status: 401,
  body: { error: { code: 'unauthenticated', message: { ja: '', en: '' }, fields: [] } },
};

describe(SignInPanel.name, () => {
  it('sends signed-out staff to the console’s OpenID Connect login, coming back to the page they wanted', async () => {
    // Arrange
    const { container } = renderConsoleApp('/', [SIGNED_OUT]);

    // Act
    const link = await screen.findByRole('link', { name: '職員アカウントでログイン / Sign in' });

    // Assert
    expect(link).toHaveAttribute('href', '/api/auth/login?audience=staff&returnTo=%2F');
    expect(await findAxeViolations(container)).toEqual([]);
  });

  it('says why the staff member is back when the account may not use the console', async () => {
    // Arrange
    renderConsoleApp('/sign-in?error=account_not_allowed', [SIGNED_OUT]);

    // Act
    const alert = await screen.findByRole('alert');

    // Assert
    expect(alert).toHaveTextContent('職員用コンソールを使えません');
  });
});
