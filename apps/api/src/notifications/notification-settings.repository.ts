import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { NotificationPreferences, PushSubscriptionRequest } from '@madoguchi/notifications-contracts';
import { NotificationContactEntity, NotificationPreferenceEntity, PushSubscriptionEntity } from '@madoguchi/server-database';
import { DataSource } from 'typeorm';

/** The only place that touches preferences, contacts and push subscriptions. */
@Injectable()
export class NotificationSettingsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findPreferences(residentId: string): Promise<unknown> {
    const row = await this.dataSource.getRepository(NotificationPreferenceEntity).findOneBy({ residentId });
    return row?.preferences ?? null;
  }

  async savePreferences(residentId: string, preferences: NotificationPreferences): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO notification_preferences (resident_id, preferences, updated_at) VALUES ($1, $2, now())
       ON CONFLICT (resident_id) DO UPDATE SET preferences = EXCLUDED.preferences, updated_at = now()`,
      [residentId, JSON.stringify(preferences)],
    );
  }

  async findEmail(residentId: string): Promise<string | null> {
    const row = await this.dataSource.getRepository(NotificationContactEntity).findOneBy({ residentId });
    return row?.email ?? null;
  }

  async saveEmail(residentId: string, email: string | null): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO notification_contacts (resident_id, email, updated_at) VALUES ($1, $2, now())
       ON CONFLICT (resident_id) DO UPDATE SET email = EXCLUDED.email, updated_at = now()`,
      [residentId, email],
    );
  }

  listSubscriptions(residentId: string): Promise<PushSubscriptionEntity[]> {
    return this.dataSource.getRepository(PushSubscriptionEntity).find({ where: { residentId }, order: { createdAt: 'DESC' }, take: 20 });
  }

  /**
   * One row per endpoint: the same browser subscribing again (new keys, another resident signed
   * in on a shared device) takes the row over and is active again.
   */
  async upsertSubscription(residentId: string, subscription: PushSubscriptionRequest): Promise<PushSubscriptionEntity> {
    await this.dataSource.query(
      `INSERT INTO push_subscriptions (id, resident_id, endpoint, p256dh, auth) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (endpoint) DO UPDATE SET resident_id = EXCLUDED.resident_id, p256dh = EXCLUDED.p256dh, auth = EXCLUDED.auth,
         disabled_at = NULL, disabled_reason = NULL`,
      [randomUUID(), residentId, subscription.endpoint, subscription.keys.p256dh, subscription.keys.auth],
    );
    return this.dataSource.getRepository(PushSubscriptionEntity).findOneByOrFail({ endpoint: subscription.endpoint });
  }

  async deleteSubscription(residentId: string, endpoint: string): Promise<boolean> {
    const result = await this.dataSource.getRepository(PushSubscriptionEntity).delete({ residentId, endpoint });
    return (result.affected ?? 0) > 0;
  }
}
