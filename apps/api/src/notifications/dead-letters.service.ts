import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DeadLetter } from '@madoguchi/notifications-contracts';

import { ApiException } from '@madoguchi/server-util-nest';
import { DataSource } from 'typeorm';

import { writeAudit } from '../audit/write-audit.js';
import type { StaffActor } from '../identity/actor.js';

type DeadLetterRow = {
  id: string;
  channel: DeadLetter['channel'];
  recipient_id: string;
  category: DeadLetter['category'];
  title: string;
  attempts: number;
  last_error: string | null;
  created_at: Date;
  failed_at: Date | null;
};

/**
 * The dead-letter list: deliveries of the staff member's municipality that failed for good.
 * Staff see the channel, the resident id, the title and the error, never the address or body.
 * A retry puts the delivery back to `scheduled` in a new round with the full retry policy again
 * (attempts from 0; the audit log keeps the history); the worker's delivery relay enqueues it
 * (a new job id), so a retry needs no Redis in the API.
 */
@Injectable()
export class DeadLettersService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(actor: StaffActor): Promise<DeadLetter[]> {
    const rows: DeadLetterRow[] = await this.dataSource.query(
      `SELECT id, channel, recipient_id, category, payload->>'title' AS title, attempts, last_error, created_at, failed_at
         FROM notification_deliveries
        WHERE municipality_code = $1 AND status = 'permanent_failure'
        ORDER BY failed_at DESC NULLS LAST LIMIT 200`,
      [actor.municipalityCode],
    );
    return rows.map((row) => ({
      id: row.id,
      channel: row.channel,
      recipientId: row.recipient_id,
      category: row.category,
      title: row.title,
      attempts: row.attempts,
      lastError: row.last_error,
      createdAt: row.created_at.toISOString(),
      failedAt: row.failed_at?.toISOString() ?? null,
    }));
  }

  async retry(actor: StaffActor, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [, affected]: [unknown, number] = await manager.query(
        `UPDATE notification_deliveries
            SET status = 'scheduled', round = round + 1, attempts = 0, not_before = now(), last_error = NULL, failed_at = NULL, queued_at = NULL
          WHERE id = $1 AND municipality_code = $2 AND status = 'permanent_failure'`,
        [id, actor.municipalityCode],
      );
      if (affected !== 1) {
        throw new ApiException(404, 'dead_letter_not_found', {
          ja: 'その失敗した通知は見つかりません（再送済みの可能性があります）。',
          en: 'No such failed delivery (it may have been retried already).',
        });
      }
      await writeAudit(manager, {
        municipalityCode: actor.municipalityCode,
        actor: { kind: 'staff', id: actor.id },
        action: 'notification.delivery.retry',
        target: { type: 'notification_delivery', id },
        detail: {},
      });
    });
  }
}
