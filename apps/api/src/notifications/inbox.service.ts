import { Injectable } from '@nestjs/common';
import type { InAppNotification } from '@madoguchi/procedures-contracts';
import { ApiException } from '@madoguchi/server-util-nest';

import type { ResidentActor } from '../identity/actor.js';
import { NotificationRepository } from './notification.repository.js';

@Injectable()
export class InboxService {
  constructor(private readonly notifications: NotificationRepository) {}

  async list(actor: ResidentActor): Promise<InAppNotification[]> {
    const rows = await this.notifications.listForRecipient(actor.id);
    return rows.map((row) => ({
      id: row.id,
      title: row.title,
      body: row.body,
      applicationId: row.applicationId,
      createdAt: row.createdAt.toISOString(),
      readAt: row.readAt?.toISOString() ?? null,
    }));
  }

  async markRead(actor: ResidentActor, id: string): Promise<void> {
    if (!(await this.notifications.markRead(actor.id, id))) {
      throw new ApiException(404, 'notification_not_found', {
        ja: 'そのお知らせは見つかりません。',
        en: 'No such notification.',
      });
    }
  }
}
