import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { EntityManager } from 'typeorm';
import { DataSource } from 'typeorm';

/** What the Web Push channel needs of a subscription to encrypt and send. */
export type PushSubscription = {
  id: string;
  endpoint: string;
  p256dh: string;
  auth: string;
  disabledAt: Date | null;
};

type SubscriptionRecord = {
  id: string;
  endpoint: string;
  p256dh: string;
  auth: string;
  disabled_at: Date | null;
};

/**
 * The only place in the worker that touches `push_subscriptions`. The table has no row-level
 * policy (see ARCHITECTURE.md): every statement names the subscriptions or residents it means.
 */
@Injectable()
export class PushSubscriptionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findByIds(ids: readonly string[]): Promise<PushSubscription[]> {
    const rows: SubscriptionRecord[] = await this.dataSource.query(
      'SELECT id, endpoint, p256dh, auth, disabled_at FROM push_subscriptions WHERE id = ANY($1::uuid[])',
      [ids],
    );
    return rows.map((row) => ({
      id: row.id,
      endpoint: row.endpoint,
      p256dh: row.p256dh,
      auth: row.auth,
      disabledAt: row.disabled_at,
    }));
  }

  /** Subscriptions still enabled, oldest first, in the caller's transaction. */
  async findEnabledOf(
    manager: EntityManager,
    residentIds: readonly string[],
  ): Promise<{ residentId: string; id: string }[]> {
    const rows: { resident_id: string; id: string }[] = await manager.query(
      'SELECT resident_id, id FROM push_subscriptions WHERE resident_id = ANY($1) AND disabled_at IS NULL ORDER BY created_at',
      [residentIds],
    );
    return rows.map((row) => ({ residentId: row.resident_id, id: row.id }));
  }

  /** At most one write an hour per subscription: a busy device does not rewrite its row per push. */
  async recordSuccess(ids: readonly string[]): Promise<void> {
    await this.dataSource.query(
      `UPDATE push_subscriptions SET last_success_at = now()
        WHERE id = ANY($1::uuid[]) AND (last_success_at IS NULL OR last_success_at < now() - interval '1 hour')`,
      [ids],
    );
  }

  /** The first reason a subscription is disabled for is the one kept. */
  async disable(id: string, reason: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE push_subscriptions SET disabled_at = now(), disabled_reason = $2 WHERE id = $1::uuid AND disabled_at IS NULL`,
      [id, reason],
    );
  }
}
