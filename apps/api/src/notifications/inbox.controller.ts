import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { InAppNotification } from '@madoguchi/procedures-contracts';

import { UuidParamPipe } from '../common/uuid-param.pipe.js';
import type { ResidentActor } from '../identity/actor.js';
import { Authenticated, CurrentActor } from '../identity/authenticated.decorator.js';
import { InboxService } from './inbox.service.js';

@ApiTags('notifications')
@Authenticated('resident')
@Controller('me/notifications')
export class InboxController {
  constructor(private readonly inbox: InboxService) {}

  @Get()
  @ApiOperation({ summary: "The resident's in-app notifications (お知らせ), newest first" })
  list(@CurrentActor() actor: ResidentActor): Promise<InAppNotification[]> {
    return this.inbox.list(actor);
  }

  @Post(':id/read')
  @HttpCode(204)
  @ApiOperation({ summary: 'Marks a notification as read' })
  markRead(
    @CurrentActor() actor: ResidentActor,
    @Param('id', UuidParamPipe) id: string,
  ): Promise<void> {
    return this.inbox.markRead(actor, id);
  }
}
