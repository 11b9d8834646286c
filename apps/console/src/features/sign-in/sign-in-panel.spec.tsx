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
    const link = await screen.findByRole('link', { name: '職員アカウントでサインイン / Sign in' });

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

  it('has one heading and no second サインイン link on the sign-in page, and no menu for a signed-out visitor', async () => {
    // Arrange
    const { container } = renderConsoleApp('/sign-in', [SIGNED_OUT]);

    // Act
    await screen.findByRole('link', { name: '職員アカウントでサインイン / Sign in' });

    // Assert
    expect(
      screen.getAllByRole('heading', { level: 1 }).map((heading) => heading.textContent),
    ).toEqual(['職員サインイン']);
    expect(screen.queryByRole('link', { name: 'サインイン' })).not.toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'メインメニュー' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: '作業一覧' })).not.toBeInTheDocument();
    expect(await findAxeViolations(container)).toEqual([]);
  });

  it('is read in English after the header’s English button, the reason for coming back included', async () => {
    // Arrange
    const { user, container } = renderConsoleApp('/sign-in?error=login_cancelled', [SIGNED_OUT]);
    await screen.findByRole('link', { name: '職員アカウントでサインイン / Sign in' });

    // Act
    await user.click(screen.getByRole('button', { name: 'English' }));

    // Assert
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Staff sign-in');
    expect(screen.getByRole('alert')).toHaveTextContent('The sign-in was cancelled.');
    expect(screen.getByRole('link', { name: 'Sign in with a staff account' })).toHaveAttribute(
      'href',
      '/api/auth/login?audience=staff&returnTo=%2F',
    );
    expect(document.title).toBe('Staff sign-in | Madoguchi staff console');
    expect(await findAxeViolations(container)).toEqual([]);
  });
});
