import { findAxeViolations } from '@madoguchi/web-ui-kit/testing';
import { screen } from '@testing-library/react';
import { SIGNED_OUT, renderCitizenApp } from '../../testing/render-app.js';
import { SignInPanel } from './sign-in-panel.js';

describe(SignInPanel.name, () => {
  it('links to the OpenID Connect login of the API with the page to come back to', async () => {
    // Arrange
    const { container } = renderCitizenApp('/sign-in?returnTo=%2Fapplications', [SIGNED_OUT]);

    // Act
    const link = await screen.findByRole('link', { name: 'マイナンバーカード等でログイン' });

    // Assert
    expect(link).toHaveAttribute(
      'href',
      '/api/auth/login?audience=resident&returnTo=%2Fapplications',
    );
    expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument();
    expect(await findAxeViolations(container)).toEqual([]);
  });

  it('never carries another origin as the page to come back to', async () => {
    // Arrange
    renderCitizenApp('/sign-in?returnTo=%2F%2Fevil.example', [SIGNED_OUT]);

    // Act
    const link = await screen.findByRole('link', { name: 'マイナンバーカード等でログイン' });

    // Assert
    expect(link).toHaveAttribute('href', '/api/auth/login?audience=resident&returnTo=%2F');
  });

  it('says why the resident is back when the login did not complete', async () => {
    // Arrange
    renderCitizenApp('/sign-in?error=login_cancelled&returnTo=%2F', [SIGNED_OUT], 'en');

    // Act
    const alert = await screen.findByRole('alert');

    // Assert
    expect(alert).toHaveTextContent('The sign-in was cancelled.');
    expect(
      screen.getByRole('link', { name: 'Sign in with your My Number Card or similar' }),
    ).toBeInTheDocument();
  });
});
