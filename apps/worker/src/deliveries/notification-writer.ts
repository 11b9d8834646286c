import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import type { DeliveryChannel, NotificationCategory } from '@madoguchi/notifications-contracts';
import { chooseChannels, nextAllowedSendTime } from '@madoguchi/notifications-domain';
import type { Locale, Trilingual } from '@madoguchi/shared-util-i18n';
import { FURIGANA_READINGS, pickText, withReadingsInBrackets } from '@madoguchi/shared-util-i18n';
import type { EntityManager } from 'typeorm';

import type { Recipient } from '../recipients/recipient-directory.js';

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

type DeliveryRow = {
  id: string;
  municipalityCode: string;
  recipientId: string;
  notificationId: string | null;
  category: NotificationCategory;
  channel: DeliveryChannel;
  target: string;
  dedupeKey: string;
  payload: { title: string; body: string; url: string };
  status: 'scheduled' | 'sent';
  notBefore: Date;
  sentAt: Date | null;
};

/**
 * Writes notifications and their deliveries in the caller's transaction: the inbox row (always),
 * an `in_app` delivery already sent, and one `scheduled` delivery per push subscription and
 * e-mail address the resident chose, not before the end of their quiet hours. The delivery
 * relay puts them on the queue when their time comes.
 */
@Injectable()
export class NotificationWriter {
  /** Returns the dedupe keys that were new (the others had been written by an earlier attempt). */
  async write(
    manager: EntityManager,
    planned: readonly PlannedNotification[],
    now: Date,
  ): Promise<Set<string>> {
    if (planned.length === 0) {
      return new Set();
    }
    const ids = planned.map(() => randomUUID());
    const inserted: { id: string; dedupe_key: string }[] = await manager.query(
      `INSERT INTO notifications (id, municipality_code, recipient_id, dedupe_key, title, body, application_id, category, url, created_at)
       SELECT * FROM unnest($1::uuid[], $2::char(6)[], $3::text[], $4::text[], $5::jsonb[], $6::jsonb[], $7::uuid[], $8::text[], $9::text[], $10::timestamptz[])
       ON CONFLICT (dedupe_key) DO NOTHING
       RETURNING id, dedupe_key`,
      [
        ids,
        planned.map((item) => item.municipalityCode),
        planned.map((item) => item.recipient.residentId),
        planned.map((item) => item.dedupeKey),
        planned.map((item) => JSON.stringify(item.title)),
        planned.map((item) => JSON.stringify(item.body)),
        planned.map((item) => item.applicationId),
        planned.map((item) => item.category),
        planned.map((item) => item.url),
        planned.map(() => now),
      ],
    );
    const newIds = new Map(inserted.map((row) => [row.dedupe_key, row.id]));
    const deliveries: DeliveryRow[] = [];
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
    await this.insertDeliveries(manager, deliveries);
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
    await this.insertDeliveries(manager, deliveries);
  }

  private deliveriesFor(
    item: Omit<PlannedNotification, 'isDigested'>,
    notificationId: string | null,
    now: Date,
    channels: readonly DeliveryChannel[],
  ): DeliveryRow[] {
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
    const rows: DeliveryRow[] = [];
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

  private async insertDeliveries(
    manager: EntityManager,
    rows: readonly DeliveryRow[],
  ): Promise<void> {
    if (rows.length === 0) {
      return;
    }
    await manager.query(
      `INSERT INTO notification_deliveries
         (id, municipality_code, recipient_id, notification_id, category, channel, target, dedupe_key, payload, status, not_before, sent_at, created_at)
       SELECT u.*, now() FROM unnest($1::uuid[], $2::char(6)[], $3::text[], $4::uuid[], $5::text[], $6::text[], $7::text[], $8::text[],
                             $9::jsonb[], $10::text[], $11::timestamptz[], $12::timestamptz[]) AS u
       ON CONFLICT (dedupe_key) DO NOTHING`,
      [
        rows.map((row) => row.id),
        rows.map((row) => row.municipalityCode),
        rows.map((row) => row.recipientId),
        rows.map((row) => row.notificationId),
        rows.map((row) => row.category),
        rows.map((row) => row.channel),
        rows.map((row) => row.target),
        rows.map((row) => row.dedupeKey),
        rows.map((row) => JSON.stringify(row.payload)),
        rows.map((row) => row.status),
        rows.map((row) => row.notBefore),
        rows.map((row) => row.sentAt),
      ],
    );
  }
}
