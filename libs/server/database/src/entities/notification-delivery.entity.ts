import { Column, Entity, PrimaryColumn } from 'typeorm';

import type { JsonObject } from './column-types.js';

/** One notification on one channel to one target, with its status and attempts. */
@Entity({ name: 'notification_deliveries' })
export class NotificationDeliveryEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** Null for a mail of no municipality (a resident's address confirmation). */
  @Column({ name: 'municipality_code', type: 'char', length: 6, nullable: true })
  municipalityCode!: string | null;

  @Column({ name: 'recipient_id', type: 'text' })
  recipientId!: string;

  @Column({ name: 'notification_id', type: 'uuid', nullable: true })
  notificationId!: string | null;

  @Column({ type: 'text' })
  category!: string;

  @Column({ type: 'text' })
  channel!: string;

  /** The subscription id, the e-mail address or the notification id: never logged. */
  @Column({ type: 'text' })
  target!: string;

  @Column({ name: 'dedupe_key', type: 'text' })
  dedupeKey!: string;

  @Column({ type: 'jsonb' })
  payload!: JsonObject;

  @Column({ type: 'text' })
  status!: string;

  @Column({ type: 'integer' })
  attempts!: number;

  @Column({ type: 'integer' })
  round!: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ name: 'not_before', type: 'timestamptz' })
  notBefore!: Date;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'queued_at', type: 'timestamptz', nullable: true })
  queuedAt!: Date | null;

  /** While `sending`: until when the sender holds it; after that the outcome is in doubt. */
  @Column({ name: 'sending_until', type: 'timestamptz', nullable: true })
  sendingUntil!: Date | null;

  /** Times it was sent again because a sender died before recording the outcome. */
  @Column({ name: 'in_doubt_resends', type: 'integer' })
  inDoubtResends!: number;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @Column({ name: 'failed_at', type: 'timestamptz', nullable: true })
  failedAt!: Date | null;
}
