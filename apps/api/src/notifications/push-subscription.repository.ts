import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PushSubscriptionRequest } from '@madoguchi/notifications-contracts';
import { PushSubscriptionEntity } from '@madoguchi/server-database';
import { DataSource } from 'typeorm';

/** What registering an endpoint came to. */
export type RegisterSubscriptionResult =
  | { outcome: 'registered'; subscription: PushSubscriptionEntity }
  | { outcome: 'limit_reached' }
  | { outcome: 'held_by_another_resident' };

type ExistingRow = { id: string; resident_id: string; disabled_at: Date | null };

/**
 * The API's only place that touches `push_subscriptions` (the worker reads them to send and
 * disables the ones a push service says are gone). The table has no row-level security (see
 * NotificationRowLevelSecurity1765000000002): every statement here names the resident.
 */
@Injectable()
export class PushSubscriptionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  listSubscriptions(residentId: string): Promise<PushSubscriptionEntity[]> {
    return this.dataSource
      .getRepository(PushSubscriptionEntity)
      .find({ where: { residentId }, order: { createdAt: 'DESC' }, take: 20 });
  }

  /**
   * One row per endpoint. The same resident subscribing again (new keys, another session) updates
   * their row and makes it active again. An endpoint another resident holds is never taken over:
   * whoever knows a device's endpoint could otherwise turn its pushes to themselves or away from
   * it (issue #11); a shared device signs the first resident out, which ends their subscription.
   * The resident's rows are locked for the count, so two registrations at once cannot pass the limit.
   */
  register(
    residentId: string,
    subscription: PushSubscriptionRequest,
    sessionIdHash: string | null,
    maxActive: number,
  ): Promise<RegisterSubscriptionResult> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(
        `SELECT pg_advisory_xact_lock(hashtextextended('push_subscriptions:' || $1, 0))`,
        [residentId],
      );
      const [existing] = await manager.query<ExistingRow[]>(
        `SELECT id, resident_id, disabled_at FROM push_subscriptions WHERE endpoint = $1 FOR UPDATE`,
        [subscription.endpoint],
      );
      if (existing && existing.resident_id !== residentId) {
        return { outcome: 'held_by_another_resident' };
      }
      const isActiveAlready = existing !== undefined && existing.disabled_at === null;
      if (!isActiveAlready) {
        const [{ active }] = await manager.query<[{ active: number }]>(
          `SELECT count(*)::int AS active FROM push_subscriptions WHERE resident_id = $1 AND disabled_at IS NULL`,
          [residentId],
        );
        if (active >= maxActive) {
          return { outcome: 'limit_reached' };
        }
      }
      // ON CONFLICT … WHERE: a row another resident inserted meanwhile is left as it is (no row back).
      const rows = await manager.query<{ id: string }[]>(
        `INSERT INTO push_subscriptions (id, resident_id, endpoint, p256dh, auth, session_id_hash) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (endpoint) DO UPDATE SET p256dh = EXCLUDED.p256dh, auth = EXCLUDED.auth, session_id_hash = EXCLUDED.session_id_hash,
           disabled_at = NULL, disabled_reason = NULL
           WHERE push_subscriptions.resident_id = EXCLUDED.resident_id
         RETURNING id`,
        [
          randomUUID(),
          residentId,
          subscription.endpoint,
          subscription.keys.p256dh,
          subscription.keys.auth,
          sessionIdHash,
        ],
      );
      const [row] = rows;
      if (!row) {
        return { outcome: 'held_by_another_resident' };
      }
      return {
        outcome: 'registered',
        subscription: await manager
          .getRepository(PushSubscriptionEntity)
          .findOneByOrFail({ id: row.id }),
      };
    });
  }

  async deleteSubscription(residentId: string, endpoint: string): Promise<boolean> {
    const result = await this.dataSource
      .getRepository(PushSubscriptionEntity)
      .delete({ residentId, endpoint });
    return (result.affected ?? 0) > 0;
  }

  /**
   * Signing out ends the subscriptions registered in that session: the device gets no more of
   * the resident's pushes, and its endpoint is free for the next person who signs in there.
   */
  async deleteForSession(sessionIdHash: string): Promise<number> {
    const result = await this.dataSource
      .getRepository(PushSubscriptionEntity)
      .delete({ sessionIdHash });
    return result.affected ?? 0;
  }
}
