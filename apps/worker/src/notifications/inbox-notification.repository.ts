import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { LocalizedText } from '@madoguchi/server-database';
import { DataSource } from 'typeorm';

export type NewInboxNotification = {
  municipalityCode: string;
  recipientId: string;
  dedupeKey: string;
  title: LocalizedText;
  body: LocalizedText;
  applicationId: string | null;
};

@Injectable()
export class InboxNotificationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Inserts once per dedupe key; returns false when a previous attempt already wrote it. */
  async insertOnce(notification: NewInboxNotification): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `INSERT INTO notifications (id, municipality_code, recipient_id, dedupe_key, title, body, application_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (dedupe_key) DO NOTHING
       RETURNING id`,
      [
        randomUUID(),
        notification.municipalityCode,
        notification.recipientId,
        notification.dedupeKey,
        JSON.stringify(notification.title),
        JSON.stringify(notification.body),
        notification.applicationId,
      ],
    );
    return rows.length === 1;
  }
}
