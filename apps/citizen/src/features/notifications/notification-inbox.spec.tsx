import { buildNotification, buildResidentActor } from '@madoguchi/web-data-access-api/testing';
import { findAxeViolations } from '@madoguchi/web-ui-kit/testing';
import { screen, waitFor } from '@testing-library/react';
import { renderCitizenApp } from '../../testing/render-app.js';
import { NotificationInbox } from './notification-inbox.js';

describe(NotificationInbox.name, () => {
  it('shows the unread count in the header and marks a notification read', async () => {
    // Arrange
    let readAt: string | null = null;
    const { user, fetch, container } = renderCitizenApp('/notifications', [
      { path: '/api/session', body: buildResidentActor() },
      {
        path: '/api/me/notifications',
        respond: () => [
          buildNotification({ readAt }),
          buildNotification({
            id: 'notification-2',
            title: { ja: '健診のご案内', en: 'Health check', easyJa: 'けんしん' },
            applicationId: null,
          }),
        ],
      },
      {
        method: 'POST',
        path: '/api/me/notifications/notification-1/read',
        status: 204,
        respond: () => {
          readAt = '2025-04-03T00:00:00.000Z';
          return undefined;
        },
      },
    ]);
    expect(
      await screen.findByRole('link', { name: /^お知らせ\s*（未読 2 件）$/ }),
    ).toBeInTheDocument();
    expect(await findAxeViolations(container)).toEqual([]);

    // Act
    await user.click(
      screen.getByRole('button', { name: /^既読にする\s*（申請の状況が変わりました）$/ }),
    );

    // Assert
    await waitFor(() =>
      expect(screen.getByRole('link', { name: /^お知らせ\s*（未読 1 件）$/ })).toBeInTheDocument(),
    );
    expect(
      fetch.requests.some(
        (request) => request.path === '/api/me/notifications/notification-1/read',
      ),
    ).toBe(true);
  });
});
