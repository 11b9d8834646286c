import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import type { DeliveryChannel, NotificationCategory } from '@madoguchi/notifications-contracts';
import { chooseChannels, nextAllowedSendTime } from '@madoguchi/notifications-domain';
import type { Locale, Trilingual } from '@madoguchi/shared-util-i18n';
import { FURIGANA_READINGS, pickText, withReadingsInBrackets } from '@madoguchi/shared-util-i18n';
import type { EntityManager } from 'typeorm';

import { NotificationRepository } from '../notifications/notification.repository.js';
import type { Recipient } from '../recipients/recipient-directory.js';
import type { NewDelivery } from './notification-delivery.repository.js';
import { NotificationDeliveryRepository } from './notification-delivery.repository.js';

/**
 * The text of a push or an e-mail, which cannot hold ruby: in やさしい日本語 each kanji is followed
 * by its reading in brackets (申請（しんせい）); the inbox keeps the text and shows furigana.
 */
function plainText(text: Trilingual, locale: Locale): string {
  const picked = pickText(text, locale);
  return locale === 'easyJa' ? withReadingsInBrackets(picked, FURIGANA_READINGS) : picked;
}

/** A notification for one resident, before it is written. */
export type PlannedNotification = {
  municipalityCode: string;
  recipient: Recipient;
  category: NotificationCategory;
  /** One notification per cause and recipient: a retried job finds it and writes nothing. */
  dedupeKey: string;
  title: Trilingual;
  body: Trilingual;
  /** Absolute link for pushes and e-mails; the inbox links by application id. */
  url: string;
  applicationId: string | null;
  /** Channels the source allows (the rule's, or all for a status change). */
  allowedChannels: readonly DeliveryChannel[];
  /** Push and e-mail go out in one digest instead (many reminders on one day). */
  isDigested?: boolean;
};

/**
 * A push or e-mail with no inbox row of its own: a digest of several reminders (each has its
 * row), or an e-mail to the person a proxy applied for (who has no account).
 */
export type PlannedDigest = {
  municipalityCode: string;
  recipient: Recipient;
  category: NotificationCategory;
  dedupeKey: string;
  title: Trilingual;
  body: Trilingual;
  url: string;
  allowedChannels: readonly DeliveryChannel[];
};

/**
 * Writes notifications and their deliveries in the caller's transaction: the inbox row (always),
 * an `in_app` delivery already sent, and one `scheduled` delivery per push subscription and
 * e-mail address the resident chose, not before the end of their quiet hours. The delivery
 * relay puts them on the queue when their time comes.
 */
@Injectable()
export class NotificationWriter {
  constructor(
    private readonly notifications: NotificationRepository,
    private readonly deliveries: NotificationDeliveryRepository,
  ) {}

  /** Returns the dedupe keys that were new (the others had been written by an earlier attempt). */
  async write(
    manager: EntityManager,
    planned: readonly PlannedNotification[],
    now: Date,
  ): Promise<Set<string>> {
    if (planned.length === 0) {
      return new Set();
    }
    const newIds = await this.notifications.insertNew(
      manager,
      planned.map((item) => ({
        id: randomUUID(),
        municipalityCode: item.municipalityCode,
        recipientId: item.recipient.residentId,
        dedupeKey: item.dedupeKey,
        title: item.title,
        body: item.body,
        applicationId: item.applicationId,
        category: item.category,
        url: item.url,
        createdAt: now,
      })),
    );
    const deliveries: NewDelivery[] = [];
    for (const item of planned) {
      const notificationId = newIds.get(item.dedupeKey);
      if (notificationId === undefined) {
        continue;
      }
      const channels = chooseChannels(
        item.recipient.preferences,
        item.category,
        item.allowedChannels,
      );
      deliveries.push(
        ...this.deliveriesFor(
          item,
          notificationId,
          now,
          item.isDigested === true ? channels.filter((channel) => channel === 'in_app') : channels,
        ),
      );
    }
    await this.deliveries.insertNew(manager, deliveries);
    return new Set(newIds.keys());
  }

  /** Push and e-mail deliveries without an inbox row (digests, the person applied for); idempotent by dedupe key. */
  async writeOutboundOnly(
    manager: EntityManager,
    digests: readonly PlannedDigest[],
    now: Date,
  ): Promise<void> {
    const deliveries = digests.flatMap((digest) => {
      const channels = chooseChannels(
        digest.recipient.preferences,
        digest.category,
        digest.allowedChannels,
      ).filter((channel) => channel !== 'in_app');
      return this.deliveriesFor({ ...digest, applicationId: null }, null, now, channels);
    });
    await this.deliveries.insertNew(manager, deliveries);
  }

  private deliveriesFor(
    item: Omit<PlannedNotification, 'isDigested'>,
    notificationId: string | null,
    now: Date,
    channels: readonly DeliveryChannel[],
  ): NewDelivery[] {
    const { recipient } = item;
    const locale = recipient.preferences.locale;
    const payload = {
      title: plainText(item.title, locale),
      body: plainText(item.body, locale),
      url: item.url,
    };
    const notBefore = nextAllowedSendTime(now, recipient.preferences.quietHours);
    const base = {
      municipalityCode: item.municipalityCode,
      recipientId: recipient.residentId,
      notificationId,
      category: item.category,
      payload,
    };
    const rows: NewDelivery[] = [];
    for (const channel of channels) {
      if (channel === 'in_app') {
        if (notificationId !== null) {
          rows.push({
            ...base,
            id: randomUUID(),
            channel,
            target: notificationId,
            dedupeKey: `${item.dedupeKey}:in_app`,
            status: 'sent',
            notBefore: now,
            sentAt: now,
          });
        }
        continue;
      }
      // An e-mail delivery names the owner of the address, not the address: the channel reads it
      // when it sends, so an address removed or unconfirmed meanwhile is not mailed.
      const targets =
        channel === 'web_push'
          ? recipient.pushSubscriptionIds
          : recipient.email
            ? [recipient.residentId]
            : [];
      for (const target of targets) {
        rows.push({
          ...base,
          id: randomUUID(),
          channel,
          target,
          dedupeKey:
            channel === 'email'
              ? `${item.dedupeKey}:email`
              : `${item.dedupeKey}:${channel}:${target}`,
          status: 'scheduled',
          notBefore,
          sentAt: null,
        });
      }
    }
    return rows;
  }
}
