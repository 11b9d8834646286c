import { Injectable } from '@nestjs/common';
import type { NotificationCategory } from '@madoguchi/notifications-contracts';
import type { Trilingual } from '@madoguchi/shared-util-i18n';
import type { EntityManager } from 'typeorm';

/** An inbox row to insert. */
export type NewNotification = {
  id: string;
  municipalityCode: string;
  recipientId: string;
  dedupeKey: string;
  title: Trilingual;
  body: Trilingual;
  applicationId: string | null;
  category: NotificationCategory;
  url: string;
  createdAt: Date;
};

/** The only place in the worker that touches `notifications` (the inbox). */
@Injectable()
export class NotificationRepository {
  /**
   * Inserts in the caller's transaction and returns dedupe key → id of the rows that were new; a
   * dedupe key an earlier attempt wrote is left as it is and missing from the answer.
   */
  async insertNew(
    manager: EntityManager,
    notifications: readonly NewNotification[],
  ): Promise<Map<string, string>> {
    const inserted: { id: string; dedupe_key: string }[] = await manager.query(
      `INSERT INTO notifications (id, municipality_code, recipient_id, dedupe_key, title, body, application_id, category, url, created_at)
       SELECT * FROM unnest($1::uuid[], $2::char(6)[], $3::text[], $4::text[], $5::jsonb[], $6::jsonb[], $7::uuid[], $8::text[], $9::text[], $10::timestamptz[])
       ON CONFLICT (dedupe_key) DO NOTHING
       RETURNING id, dedupe_key`,
      [
        notifications.map((item) => item.id),
        notifications.map((item) => item.municipalityCode),
        notifications.map((item) => item.recipientId),
        notifications.map((item) => item.dedupeKey),
        notifications.map((item) => JSON.stringify(item.title)),
        notifications.map((item) => JSON.stringify(item.body)),
        notifications.map((item) => item.applicationId),
        notifications.map((item) => item.category),
        notifications.map((item) => item.url),
        notifications.map((item) => item.createdAt),
      ],
    );
    return new Map(inserted.map((row) => [row.dedupe_key, row.id]));
  }
}
