import { Inject, Injectable } from '@nestjs/common';
import type {
  NotificationContact,
  NotificationPreferences,
  PushPublicKey,
  PushSubscriptionRequest,
  PushSubscriptionView,
} from '@madoguchi/notifications-contracts';
import { DEFAULT_NOTIFICATION_PREFERENCES, notificationPreferencesSchema } from '@madoguchi/notifications-contracts';
import type { PushSubscriptionEntity } from '@madoguchi/server-database';
import { ApiException } from '@madoguchi/server-util-nest';

import type { Env } from '../config/env.js';
import type { ResidentActor } from '../identity/actor.js';
import { ENV } from '../infrastructure/tokens.js';
import { NotificationSettingsRepository } from './notification-settings.repository.js';

function toView(row: PushSubscriptionEntity): PushSubscriptionView {
  return { id: row.id, endpointOrigin: new URL(row.endpoint).origin, createdAt: row.createdAt.toISOString(), isActive: row.disabledAt === null };
}

/** A resident's notification settings: preferences, e-mail contact, Web Push subscriptions. */
@Injectable()
export class NotificationSettingsService {
  constructor(
    private readonly settings: NotificationSettingsRepository,
    @Inject(ENV) private readonly env: Env,
  ) {}

  async getPreferences(actor: ResidentActor): Promise<NotificationPreferences> {
    const parsed = notificationPreferencesSchema.safeParse(await this.settings.findPreferences(actor.id));
    return parsed.success ? parsed.data : DEFAULT_NOTIFICATION_PREFERENCES;
  }

  async savePreferences(actor: ResidentActor, preferences: NotificationPreferences): Promise<NotificationPreferences> {
    await this.settings.savePreferences(actor.id, preferences);
    return preferences;
  }

  async getContact(actor: ResidentActor): Promise<NotificationContact> {
    return { email: await this.settings.findEmail(actor.id) };
  }

  async saveContact(actor: ResidentActor, contact: NotificationContact): Promise<NotificationContact> {
    await this.settings.saveEmail(actor.id, contact.email);
    return contact;
  }

  publicKey(): PushPublicKey {
    return { publicKey: this.env.VAPID_PUBLIC_KEY };
  }

  async listSubscriptions(actor: ResidentActor): Promise<PushSubscriptionView[]> {
    return (await this.settings.listSubscriptions(actor.id)).map(toView);
  }

  async subscribe(actor: ResidentActor, subscription: PushSubscriptionRequest): Promise<PushSubscriptionView> {
    return toView(await this.settings.upsertSubscription(actor.id, subscription));
  }

  async unsubscribe(actor: ResidentActor, endpoint: string): Promise<void> {
    if (!(await this.settings.deleteSubscription(actor.id, endpoint))) {
      throw new ApiException(404, 'push_subscription_not_found', {
        ja: 'この端末の通知の登録は見つかりません。',
        en: 'This device has no push subscription.',
      });
    }
  }
}
