import { Injectable } from '@nestjs/common';
import type { NotificationPreferences } from '@madoguchi/notifications-contracts';
import {
  DEFAULT_NOTIFICATION_PREFERENCES,
  notificationPreferencesSchema,
} from '@madoguchi/notifications-contracts';
import type { EntityManager } from 'typeorm';

import { EmailAddressBook } from './email-address-book.js';
import { NotificationPreferenceRepository } from './notification-preference.repository.js';
import { PushSubscriptionRepository } from './push-subscription.repository.js';
import type { Watch } from './watch-relationship.repository.js';
import { WatchRelationshipRepository } from './watch-relationship.repository.js';

/** Everything needed to address one resident: settings, confirmed e-mail, active push subscriptions. */
export type Recipient = {
  residentId: string;
  preferences: NotificationPreferences;
  /** Only a confirmed address (double opt-in); the channel reads it again when it sends. */
  email: string | null;
  pushSubscriptionIds: string[];
};

/** Reads recipients in bulk (the scan addresses thousands per batch). */
@Injectable()
export class RecipientDirectory {
  constructor(
    private readonly addresses: EmailAddressBook,
    private readonly preferences: NotificationPreferenceRepository,
    private readonly pushSubscriptions: PushSubscriptionRepository,
    private readonly watches: WatchRelationshipRepository,
  ) {}

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
    const preferences = await this.preferences.findOf(manager, ids);
    const contacts = await this.addresses.confirmedAddresses(manager, ids);
    const subscriptions = await this.pushSubscriptions.findEnabledOf(manager, ids);
    for (const row of preferences) {
      const parsed = notificationPreferencesSchema.safeParse(row.preferences);
      const recipient = recipients.get(row.residentId);
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
      recipients.get(row.residentId)?.pushSubscriptionIds.push(row.id);
    }
    return recipients;
  }

  /** Active watches of these residents (consent was given when the resident invited). */
  async watchersOf(manager: EntityManager, residentIds: readonly string[]): Promise<Watch[]> {
    if (residentIds.length === 0) {
      return [];
    }
    return this.watches.findActiveOf(manager, [...new Set(residentIds)]);
  }
}
