import type { DeliveryChannel } from '@madoguchi/notifications-contracts';

/** What a channel sends: the rendered message of one delivery and where to. */
export type OutgoingMessage = {
  deliveryId: string;
  recipientId: string;
  /**
   * Subscription id (web_push); for e-mail the owner of the address or `email-confirmation:<id>`:
   * the channel reads the address when it sends (a delivery keeps no copy of it).
   */
  target: string;
  title: string;
  body: string;
  /** Absolute link into the citizen app. */
  url: string;
  /** Lets a device show a re-sent push once (the service worker's notification tag). */
  tag: string;
  /**
   * Web Push Topic (RFC 8030 §5.4), one per delivery: a push service replaces a message it still
   * holds with a later one of the same topic, so a push re-sent after a crash is not delivered twice.
   */
  topic: string;
};

/**
 * The outcome of one message. `temporary_failure` is worth retrying (timeout, 5xx, 429,
 * connection refused); `permanent_failure` will not improve (unsubscribed endpoint, refused
 * address) and goes to the dead-letter list.
 */
export type ChannelResult =
  | { outcome: 'sent' }
  /** Not sent on purpose, with why (e.g. the address was removed or is not confirmed): not a failure. */
  | { outcome: 'skipped'; reason: string }
  | { outcome: 'temporary_failure'; reason: string }
  | { outcome: 'permanent_failure'; reason: string };

/**
 * One way to reach a resident. Web Push and e-mail today. LINE or a native app push is a new
 * implementation registered under NOTIFICATION_CHANNELS, and more besides: its name in
 * DELIVERY_CHANNELS (contracts) and in the deliveries' channel CHECK (a migration), the resident's
 * choice in the preferences, and its targets in the notification writer. A channel gets a batch
 * (it may look targets up and send in one go) and answers one result per message, in order.
 */
export type NotificationChannel = {
  readonly channel: Exclude<DeliveryChannel, 'in_app'>;
  send(messages: readonly OutgoingMessage[]): Promise<ChannelResult[]>;
};

export const NOTIFICATION_CHANNELS = Symbol('NOTIFICATION_CHANNELS');
