import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** The only place in the worker that touches `notification_preferences`. */
@Injectable()
export class NotificationPreferenceRepository {
  /** The stored settings as they are (not parsed): the caller falls back to the defaults. */
  async findOf(
    manager: EntityManager,
    residentIds: readonly string[],
  ): Promise<{ residentId: string; preferences: unknown }[]> {
    const rows: { resident_id: string; preferences: unknown }[] = await manager.query(
      'SELECT resident_id, preferences FROM notification_preferences WHERE resident_id = ANY($1)',
      [residentIds],
    );
    return rows.map((row) => ({ residentId: row.resident_id, preferences: row.preferences }));
  }
}
