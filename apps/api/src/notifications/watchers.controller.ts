import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type {
  AcceptWatchInvitationRequest,
  CreateWatchInvitationRequest,
  MyWatchRelationships,
  WatchInvitation,
  WatchRelationshipView,
} from '@madoguchi/notifications-contracts';
import {
  acceptWatchInvitationRequestSchema,
  createWatchInvitationRequestSchema,
  myWatchRelationshipsSchema,
  watchInvitationSchema,
  watchRelationshipSchema,
} from '@madoguchi/notifications-contracts';
import { ZodBodyPipe } from '@madoguchi/server-util-nest';

import { UuidParamPipe } from '../common/uuid-param.pipe.js';
import type { ResidentActor } from '../identity/actor.js';
import { Authenticated, CurrentActor } from '../identity/authenticated.decorator.js';
import { ApiContract } from '../openapi/api-contract.decorator.js';
import { WatchersService } from './watchers.service.js';

@ApiTags('見守り (watchers)')
@Authenticated('resident')
@Controller('me/watchers')
export class WatchersController {
  constructor(private readonly watchers: WatchersService) {}

  @Get()
  @ApiOperation({ summary: 'Who watches me, and whom I watch' })
  @ApiContract({ response: myWatchRelationshipsSchema })
  list(@CurrentActor() actor: ResidentActor): Promise<MyWatchRelationships> {
    return this.watchers.list(actor);
  }

  @Post('invitations')
  @ApiOperation({
    summary: 'Invites a family member or care manager (with my consent); the code is shown once',
  })
  @ApiContract({
    body: createWatchInvitationRequestSchema,
    response: watchInvitationSchema,
    status: 201,
  })
  invite(
    @CurrentActor() actor: ResidentActor,
    @Body(new ZodBodyPipe(createWatchInvitationRequestSchema)) body: CreateWatchInvitationRequest,
  ): Promise<WatchInvitation> {
    return this.watchers.invite(actor, body);
  }

  @Post('accept')
  @ApiOperation({ summary: 'Accepts an invitation with its code: I become the watcher' })
  @ApiContract({
    body: acceptWatchInvitationRequestSchema,
    response: watchRelationshipSchema,
    status: 201,
  })
  accept(
    @CurrentActor() actor: ResidentActor,
    @Body(new ZodBodyPipe(acceptWatchInvitationRequestSchema)) body: AcceptWatchInvitationRequest,
  ): Promise<WatchRelationshipView> {
    return this.watchers.accept(actor, body);
  }

  @Post(':id/end')
  @ApiOperation({ summary: 'Ends a watch (either side may)' })
  @ApiContract({ response: watchRelationshipSchema, status: 201 })
  end(
    @CurrentActor() actor: ResidentActor,
    @Param('id', UuidParamPipe) id: string,
  ): Promise<WatchRelationshipView> {
    return this.watchers.end(actor, id);
  }
}
