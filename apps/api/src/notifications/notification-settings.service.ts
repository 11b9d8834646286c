import { Inject, Injectable } from '@nestjs/common';
import type { NotificationContact, NotificationPreferences, PushPublicKey } from '@madoguchi/notifications-contracts';
import { DEFAULT_NOTIFICATION_PREFERENCES, notificationPreferencesSchema } from '@madoguchi/notifications-contracts';

import type { Env } from '../config/env.js';
import type { ResidentActor } from '../identity/actor.js';
import { ENV } from '../infrastructure/tokens.js';
import { NotificationSettingsRepository } from './notification-settings.repository.js';

/** A resident's notification settings: preferences, e-mail contact (subscriptions: PushSubscriptionsService). */
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
}
