import type { PushEndpointRefusal } from '@madoguchi/notifications-contracts';
import { MAX_ACTIVE_PUSH_SUBSCRIPTIONS_PER_RESIDENT } from '@madoguchi/notifications-contracts';
import { ApiException } from '@madoguchi/server-util-nest';

export type PushSubscriptionsExceptionCode =
  | PushEndpointRefusal
  | 'push_subscription_limit_reached'
  | 'push_endpoint_registered_elsewhere'
  | 'push_subscription_not_found';

const PUSH_SUBSCRIPTIONS_ERRORS: Record<
  PushSubscriptionsExceptionCode,
  { status: number; ja: string; en: string; easyJa: string }
> = {
  push_endpoint_not_https: {
    status: 422,
    ja: 'この通知の登録先は使えません（https の通知サービスだけを登録できます）。',
    en: 'This push endpoint cannot be used: only https push services can be registered.',
    easyJa: 'この通知の登録はできません。ブラウザで通知の設定をもう一度してください。',
  },
  push_endpoint_host_not_allowed: {
    status: 422,
    ja: 'この通知の登録先は、受け付けている通知サービスではありません。別のブラウザでお試しください。',
    en: 'This push endpoint is not on a push service we send to. Please try another browser.',
    easyJa: 'このブラウザの通知は使えません。ほかのブラウザで試してください。',
  },
  push_subscription_limit_reached: {
    status: 409,
    ja: `通知を受け取る端末は${MAX_ACTIVE_PUSH_SUBSCRIPTIONS_PER_RESIDENT}台までです。使わない端末の通知を止めてから登録してください。`,
    en: `Notifications can go to at most ${MAX_ACTIVE_PUSH_SUBSCRIPTIONS_PER_RESIDENT} devices. Turn them off on a device you no longer use, then try again.`,
    easyJa: `通知を受け取れる機械は${MAX_ACTIVE_PUSH_SUBSCRIPTIONS_PER_RESIDENT}台までです。使わない機械の通知を止めてから登録してください。`,
  },
  push_endpoint_registered_elsewhere: {
    status: 409,
    ja: 'このブラウザの通知は、別の利用者の登録になっています。ブラウザの通知をいったん止めてから、もう一度登録してください。',
    en: 'This browser’s notifications are registered to another user. Turn notifications off in this browser, then turn them on again.',
    easyJa:
      'このブラウザの通知は、ほかの人が登録しています。通知を一度止めてから、もう一度登録してください。',
  },
  push_subscription_not_found: {
    status: 404,
    ja: 'この端末の通知の登録は見つかりません。',
    en: 'This device has no push subscription.',
    easyJa: 'この機械の通知の登録はありません。',
  },
};

/** The closed set of the push subscription routes' errors, with their statuses and messages. */
export function pushSubscriptionsException(code: PushSubscriptionsExceptionCode): ApiException {
  const { status, ja, en, easyJa } = PUSH_SUBSCRIPTIONS_ERRORS[code];
  return new ApiException(status, code, { ja, en, easyJa });
}
