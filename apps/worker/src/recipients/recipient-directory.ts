import { Injectable } from '@nestjs/common';
import type { NotificationPreferences } from '@madoguchi/notifications-contracts';
import {
  DEFAULT_NOTIFICATION_PREFERENCES,
  notificationPreferencesSchema,
} from '@madoguchi/notifications-contracts';
import type { EntityManager } from 'typeorm';

import { EmailAddressBook } from './email-address-book.js';

/** Everything needed to address one resident: settings, confirmed e-mail, active push subscriptions. */
export type Recipient = {
  residentId: string;
  preferences: NotificationPreferences;
  /** Only a confirmed address (double opt-in); the channel reads it again when it sends. */
  email: string | null;
  pushSubscriptionIds: string[];
};

/** An active 見守り: `watcherId` receives `residentId`'s care notifications. */
export type Watch = { residentId: string; residentName: string; watcherId: string };

/** Reads recipients in bulk (the scan addresses thousands per batch). */
@Injectable()
export class RecipientDirectory {
  constructor(private readonly addresses: EmailAddressBook) {}

  async load(
    manager: EntityManager,
    residentIds: readonly string[],
  ): Promise<Map<string, Recipient>> {
    const ids = [...new Set(residentIds)];
    const recipients = new Map<string, Recipient>(
      ids.map((residentId) => [
        residentId,
        {
          residentId,
          preferences: DEFAULT_NOTIFICATION_PREFERENCES,
          email: null,
          pushSubscriptionIds: [],
        },
      ]),
    );
    if (ids.length === 0) {
      return recipients;
    }
    // Sequential: the three reads share the caller's transaction (one connection).
    const preferences: { resident_id: string; preferences: unknown }[] = await manager.query(
      'SELECT resident_id, preferences FROM notification_preferences WHERE resident_id = ANY($1)',
      [ids],
    );
    const contacts = await this.addresses.confirmedAddresses(manager, ids);
    const subscriptions: { resident_id: string; id: string }[] = await manager.query(
      'SELECT resident_id, id FROM push_subscriptions WHERE resident_id = ANY($1) AND disabled_at IS NULL ORDER BY created_at',
      [ids],
    );
    for (const row of preferences) {
      const parsed = notificationPreferencesSchema.safeParse(row.preferences);
      const recipient = recipients.get(row.resident_id);
      if (recipient && parsed.success) {
        recipient.preferences = parsed.data;
      }
    }
    for (const [residentId, email] of contacts) {
      const recipient = recipients.get(residentId);
      if (recipient) {
        recipient.email = email;
      }
    }
    for (const row of subscriptions) {
      recipients.get(row.resident_id)?.pushSubscriptionIds.push(row.id);
    }
    return recipients;
  }

  /** Active watches of these residents (consent was given when the resident invited). */
  async watchersOf(manager: EntityManager, residentIds: readonly string[]): Promise<Watch[]> {
    if (residentIds.length === 0) {
      return [];
    }
    const rows: { resident_id: string; resident_name: string; watcher_id: string }[] =
      await manager.query(
        `SELECT resident_id, resident_name, watcher_id FROM watch_relationships
        WHERE status = 'active' AND watcher_id IS NOT NULL AND resident_id = ANY($1)`,
        [[...new Set(residentIds)]],
      );
    return rows.map((row) => ({
      residentId: row.resident_id,
      residentName: row.resident_name,
      watcherId: row.watcher_id,
    }));
  }
}
