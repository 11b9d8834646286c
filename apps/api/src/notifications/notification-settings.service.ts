import { Inject, Injectable } from '@nestjs/common';
import type {
  NotificationContact,
  NotificationContactView,
  NotificationPreferences,
  PushPublicKey,
} from '@madoguchi/notifications-contracts';
import {
  DEFAULT_NOTIFICATION_PREFERENCES,
  notificationPreferencesSchema,
} from '@madoguchi/notifications-contracts';

import type { Env } from '../config/env.js';
import type { ResidentActor } from '../identity/actor.js';
import { ENV } from '../infrastructure/tokens.js';
import { EmailConfirmationService } from './email-confirmation.service.js';
import { NotificationSettingsRepository } from './notification-settings.repository.js';

/** A resident's notification settings: preferences, e-mail contact (subscriptions: PushSubscriptionsService). */
@Injectable()
export class NotificationSettingsService {
  constructor(
    private readonly settings: NotificationSettingsRepository,
    private readonly confirmations: EmailConfirmationService,
    @Inject(ENV) private readonly env: Env,
  ) {}

  async getPreferences(actor: ResidentActor): Promise<NotificationPreferences> {
    const parsed = notificationPreferencesSchema.safeParse(
      await this.settings.findPreferences(actor.id),
    );
    return parsed.success ? parsed.data : DEFAULT_NOTIFICATION_PREFERENCES;
  }

  async savePreferences(
    actor: ResidentActor,
    preferences: NotificationPreferences,
  ): Promise<NotificationPreferences> {
    await this.settings.savePreferences(actor.id, preferences);
    return preferences;
  }

  async getContact(actor: ResidentActor): Promise<NotificationContactView> {
    return this.confirmations.contactView(actor, await this.settings.findEmail(actor.id));
  }

  /** A new address is kept unconfirmed and sent one confirmation mail; only a confirmed one gets notifications. */
  async saveContact(
    actor: ResidentActor,
    contact: NotificationContact,
  ): Promise<NotificationContactView> {
    await this.confirmations.replaceEmail(
      actor,
      await this.settings.findEmail(actor.id),
      contact.email,
    );
    return this.getContact(actor);
  }

  /** Sends the confirmation mail of the pending address again (once a minute, a few times a day). */
  async resendConfirmation(actor: ResidentActor): Promise<NotificationContactView> {
    await this.confirmations.resend(actor, await this.settings.findEmail(actor.id));
    return this.getContact(actor);
  }

  publicKey(): PushPublicKey {
    return { publicKey: this.env.VAPID_PUBLIC_KEY };
  }
}
