import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { NotificationPreferences } from '@madoguchi/notifications-contracts';
import {
  NotificationContactEntity,
  NotificationPreferenceEntity,
} from '@madoguchi/server-database';
import { DataSource } from 'typeorm';

/**
 * Reads and writes preferences and reads the e-mail contact (push subscriptions:
 * PushSubscriptionRepository; the contact is written with its confirmation by EmailConfirmationRepository).
 */
@Injectable()
export class NotificationSettingsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findPreferences(residentId: string): Promise<unknown> {
    const row = await this.dataSource
      .getRepository(NotificationPreferenceEntity)
      .findOneBy({ residentId });
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
    const row = await this.dataSource
      .getRepository(NotificationContactEntity)
      .findOneBy({ residentId });
    return row?.email ?? null;
  }
}
