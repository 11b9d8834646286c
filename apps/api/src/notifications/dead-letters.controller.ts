import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { DeadLetter } from '@madoguchi/notifications-contracts';
import { deadLetterSchema } from '@madoguchi/notifications-contracts';
import { z } from 'zod';

import { UuidParamPipe } from '../common/uuid-param.pipe.js';
import type { StaffActor } from '../identity/actor.js';
import { Authenticated, CurrentActor } from '../identity/authenticated.decorator.js';
import { ApiContract } from '../openapi/api-contract.decorator.js';
import { DeadLettersService } from './dead-letters.service.js';

@ApiTags('staff notifications')
@Authenticated('staff')
@Controller('staff/notification-deliveries')
export class DeadLettersController {
  constructor(private readonly deadLetters: DeadLettersService) {}

  @Get('dead-letters')
  @ApiOperation({ summary: 'Deliveries of my municipality that failed for good (newest first)' })
  @ApiContract({ response: z.array(deadLetterSchema) })
  list(@CurrentActor() actor: StaffActor): Promise<DeadLetter[]> {
    return this.deadLetters.list(actor);
  }

  @Post(':id/retry')
  @HttpCode(204)
  @ApiOperation({ summary: 'Sends a failed delivery again (audited)' })
  @ApiContract({ status: 204 })
  retry(@CurrentActor() actor: StaffActor, @Param('id', UuidParamPipe) id: string): Promise<void> {
    return this.deadLetters.retry(actor, id);
  }
}
