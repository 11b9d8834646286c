import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** An active 見守り: `watcherId` receives `residentId`'s care notifications. */
export type Watch = { residentId: string; residentName: string; watcherId: string };

/**
 * The only place in the worker that touches `watch_relationships`, which has no row-level policy
 * (see ARCHITECTURE.md): every statement names the residents it means.
 */
@Injectable()
export class WatchRelationshipRepository {
  /** Active watches of these residents (consent was given when the resident invited), in the caller's transaction. */
  async findActiveOf(manager: EntityManager, residentIds: readonly string[]): Promise<Watch[]> {
    const rows: { resident_id: string; resident_name: string; watcher_id: string }[] =
      await manager.query(
        `SELECT resident_id, resident_name, watcher_id FROM watch_relationships
        WHERE status = 'active' AND watcher_id IS NOT NULL AND resident_id = ANY($1)`,
        [residentIds],
      );
    return rows.map((row) => ({
      residentId: row.resident_id,
      residentName: row.resident_name,
      watcherId: row.watcher_id,
    }));
  }
}
