import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { MyLifeRecords } from '@madoguchi/notifications-contracts';
import { myLifeRecordsSchema } from '@madoguchi/notifications-contracts';

import type { ResidentActor } from '../identity/actor.js';
import { Authenticated, CurrentActor } from '../identity/authenticated.decorator.js';
import { ApiContract } from '../openapi/api-contract.decorator.js';
import { LifeRecordsService } from './life-records.service.js';

@ApiTags('notifications')
@Controller('me/life-records')
export class LifeRecordsController {
  constructor(private readonly lifeRecords: LifeRecordsService) {}

  @Get()
  @Authenticated('resident')
  @ApiOperation({
    summary:
      "The resident's life records that reminders count from, with the reminders of the coming year and the offices that correct them",
  })
  @ApiContract({ response: myLifeRecordsSchema })
  list(@CurrentActor() actor: ResidentActor): Promise<MyLifeRecords> {
    return this.lifeRecords.listMine(actor);
  }
}
