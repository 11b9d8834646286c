import { useMyNotifications, useSession } from '@madoguchi/web-data-access-api';

/** How often the header badge asks for new notifications. */
export const NOTIFICATION_POLL_MS = 5_000;

/** The number of unread notifications of the signed-in resident, polled every ~5 s (0 when signed out). */
export function useUnreadCount(): number {
  const session = useSession();
  const isResident = session.data?.kind === 'resident';
  const notifications = useMyNotifications({
    refetchInterval: NOTIFICATION_POLL_MS,
    isEnabled: isResident,
  });
  if (!isResident) {
    return 0;
  }
  return notifications.data?.filter((notification) => notification.readAt === null).length ?? 0;
}
