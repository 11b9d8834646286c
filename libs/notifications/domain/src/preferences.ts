import type {
  DeliveryChannel,
  NotificationCategory,
  NotificationPreferences,
} from '@madoguchi/notifications-contracts';

/**
 * The channels a notification of `category` goes out on for this resident, within the channels
 * the source allows. The inbox always receives an application's status change (it is the record
 * of what the office did); an opted-out reminder category receives nothing.
 */
export function chooseChannels(
  preferences: NotificationPreferences,
  category: NotificationCategory,
  allowed: readonly DeliveryChannel[],
): DeliveryChannel[] {
  const choice = preferences.categories[category];
  if (!choice.isEnabled && category !== 'application') {
    return [];
  }
  const wanted: DeliveryChannel[] = ['in_app'];
  if (choice.isEnabled && choice.webPush) {
    wanted.push('web_push');
  }
  if (choice.isEnabled && choice.email) {
    wanted.push('email');
  }
  return wanted.filter((channel) => allowed.includes(channel));
}
