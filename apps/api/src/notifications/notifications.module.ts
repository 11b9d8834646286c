import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationEntity } from '@madoguchi/server-database';

import { InboxController } from './inbox.controller.js';
import { InboxService } from './inbox.service.js';
import { NotificationRepository } from './notification.repository.js';

@Module({
  imports: [TypeOrmModule.forFeature([NotificationEntity])],
  controllers: [InboxController],
  providers: [NotificationRepository, InboxService],
})
export class NotificationsModule {}
