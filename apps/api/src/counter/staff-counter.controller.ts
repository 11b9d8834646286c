import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type {
  CounterConfirmation,
  CreateCounterConfirmationRequest,
  IssuedCounterConfirmation,
} from '@madoguchi/procedures-contracts';
import {
  counterConfirmationSchema,
  createCounterConfirmationRequestSchema,
  issuedCounterConfirmationSchema,
} from '@madoguchi/procedures-contracts';
import { ZodBodyPipe } from '@madoguchi/server-util-nest';

import { UuidParamPipe } from '../common/uuid-param.pipe.js';
import type { StaffActor } from '../identity/actor.js';
import { Authenticated, CurrentActor } from '../identity/authenticated.decorator.js';
import { ApiContract } from '../openapi/api-contract.decorator.js';
import { CounterService } from './counter.service.js';
import { FillCounterApplicationUseCase } from './use-cases/fill-counter-application.use-case.js';

@ApiTags('counter (staff)')
@Authenticated('staff')
@Controller('staff/counter/confirmations')
export class StaffCounterController {
  constructor(
    private readonly fill: FillCounterApplicationUseCase,
    private readonly counter: CounterService,
  ) {}

  @Post()
  @ApiOperation({
    summary:
      '書かない窓口: staff fill an application for the resident at the counter; it waits for the resident’s confirmation (one-time link in the answer)',
  })
  @ApiContract({
    body: createCounterConfirmationRequestSchema,
    response: issuedCounterConfirmationSchema,
    status: 201,
  })
  create(
    @CurrentActor() actor: StaffActor,
    @Body(new ZodBodyPipe(createCounterConfirmationRequestSchema))
    body: CreateCounterConfirmationRequest,
  ): Promise<IssuedCounterConfirmation> {
    return this.fill.execute(actor, body);
  }

  @Get(':id')
  @ApiOperation({
    summary: 'A counter-assisted application: pending, or confirmed with its 受付番号',
  })
  @ApiContract({ response: counterConfirmationSchema })
  get(
    @CurrentActor() actor: StaffActor,
    @Param('id', UuidParamPipe) id: string,
  ): Promise<CounterConfirmation> {
    return this.counter.getForStaff(actor, id);
  }

  @Post(':id/link')
  @HttpCode(200)
  @ApiOperation({ summary: 'A new ten-minute confirmation link (the previous one stops working)' })
  @ApiContract({ response: issuedCounterConfirmationSchema })
  reissueLink(
    @CurrentActor() actor: StaffActor,
    @Param('id', UuidParamPipe) id: string,
  ): Promise<IssuedCounterConfirmation> {
    return this.counter.reissueLink(actor, id);
  }
}
