import {
  buildResidentApplicationSummary,
  buildResidentActor,
} from '@madoguchi/web-data-access-api/testing';
import { findAxeViolations } from '@madoguchi/web-ui-kit/testing';
import { screen } from '@testing-library/react';
import { renderCitizenApp } from '../../testing/render-app.js';
import { CitizenLayout } from './citizen-layout.js';

describe(CitizenLayout.name, () => {
  it('switches the language, remembers it and sets <html lang>', async () => {
    // Arrange
    const { user, container } = renderCitizenApp('/applications', [
      { path: '/api/session', body: buildResidentActor() },
      { path: '/api/me/notifications', body: [] },
      {
        path: '/api/me/applications',
        body: [buildResidentApplicationSummary({ status: 'in_review' })],
      },
    ]);
    expect(await screen.findByText('処理中')).toBeInTheDocument();

    // Act
    await user.click(screen.getByRole('button', { name: 'English' }));

    // Assert
    expect(screen.getByRole('heading', { level: 1, name: 'My applications' })).toBeInTheDocument();
    expect(screen.getByText('In review')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem('madoguchi.citizen.locale')).toBe('en');
    expect(await findAxeViolations(container)).toEqual([]);
  });

  it('links each application to its detail with the receipt number in the link name', async () => {
    renderCitizenApp(
      '/applications',
      [
        { path: '/api/session', body: buildResidentActor() },
        { path: '/api/me/notifications', body: [] },
        { path: '/api/me/applications', body: [buildResidentApplicationSummary()] },
      ],
      'ja',
    );

    expect(
      await screen.findByRole('link', { name: '妊娠の届出（受付番号 K7P-4M2X）' }),
    ).toHaveAttribute('href', '/applications/5b0f3f5e-1c1a-4d8e-9f43-2f0e4b1c7a10');
  });
});
