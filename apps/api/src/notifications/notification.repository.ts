import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { NotificationEntity } from '@madoguchi/server-database';
import { IsNull, Repository } from 'typeorm';

@Injectable()
export class NotificationRepository {
  constructor(
    @InjectRepository(NotificationEntity)
    private readonly notifications: Repository<NotificationEntity>,
  ) {}

  listForRecipient(recipientId: string): Promise<NotificationEntity[]> {
    return this.notifications.find({
      where: { recipientId },
      order: { createdAt: 'DESC' },
      take: 100,
    });
  }

  async markRead(recipientId: string, id: string): Promise<boolean> {
    const result = await this.notifications.update(
      { id, recipientId, readAt: IsNull() },
      { readAt: new Date() },
    );
    if ((result.affected ?? 0) > 0) {
      return true;
    }
    return this.notifications.existsBy({ id, recipientId });
  }
}
