import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A browser's Web Push subscription; disabled (not deleted) when the push service answers 404/410. */
@Entity({ name: 'push_subscriptions' })
export class PushSubscriptionEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'resident_id', type: 'text' })
  residentId!: string;

  @Column({ type: 'text' })
  endpoint!: string;

  @Column({ type: 'text' })
  p256dh!: string;

  @Column({ type: 'text' })
  auth!: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'last_success_at', type: 'timestamptz', nullable: true })
  lastSuccessAt!: Date | null;

  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt!: Date | null;

  @Column({ name: 'disabled_reason', type: 'text', nullable: true })
  disabledReason!: string | null;

  /** SHA-256 of the id of the session that registered it; its sign-out ends the subscription. */
  @Column({ name: 'session_id_hash', type: 'char', length: 64, nullable: true })
  sessionIdHash!: string | null;
}
