import { Column, Entity, PrimaryColumn } from 'typeorm';

import type { JsonObject } from './column-types.js';

/** A resident's notification settings (the contracts' NotificationPreferences as JSON). */
@Entity({ name: 'notification_preferences' })
export class NotificationPreferenceEntity {
  @PrimaryColumn({ name: 'resident_id', type: 'text' })
  residentId!: string;

  @Column({ type: 'jsonb' })
  preferences!: JsonObject;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
