import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  Param,
  Post,
  StreamableFile,
} from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type {
  CounterConfirmation,
  CounterConfirmationList,
  CreateCounterConfirmationRequest,
  IssuedCounterConfirmation,
} from '@madoguchi/procedures-contracts';
import {
  counterConfirmationListSchema,
  counterConfirmationSchema,
  createCounterConfirmationRequestSchema,
  issuedCounterConfirmationSchema,
} from '@madoguchi/procedures-contracts';
import { ZodBodyPipe } from '@madoguchi/server-util-nest';

import { UuidParamPipe } from '../common/uuid-param.pipe.js';
import type { StaffActor } from '../identity/actor.js';
import { Authenticated, CurrentActor } from '../identity/authenticated.decorator.js';
import { ApiContract } from '../openapi/api-contract.decorator.js';
import { toReceiptFile } from './counter-downloads.js';
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

  @Get()
  @ApiOperation({
    summary:
      'The municipality’s counter-assisted applications of the last day and every one still pending, newest first',
  })
  @ApiContract({ response: counterConfirmationListSchema })
  list(@CurrentActor() actor: StaffActor): Promise<CounterConfirmationList> {
    return this.counter.listForStaff(actor);
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

  @Post(':id/cancel')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Cancels one the resident has not confirmed: its link stops working, its answers are dropped (audited)',
  })
  @ApiContract({ response: counterConfirmationSchema })
  cancel(
    @CurrentActor() actor: StaffActor,
    @Param('id', UuidParamPipe) id: string,
  ): Promise<CounterConfirmation> {
    return this.counter.cancel(actor, id);
  }

  @Get(':id/receipt.pdf')
  @Header('Cache-Control', 'no-store')
  @Header('X-Content-Type-Options', 'nosniff')
  @ApiOperation({
    summary: 'The PDF 控え of a confirmed one, to print for the resident at the counter (audited)',
  })
  @ApiProduces('application/pdf')
  @ApiContract({})
  @ApiOkResponse({
    description: 'The PDF 控え, as an attachment named <受付番号>.pdf',
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  })
  receipt(
    @CurrentActor() actor: StaffActor,
    @Param('id', UuidParamPipe) id: string,
  ): Promise<StreamableFile> {
    return this.counter.receiptForStaff(actor, id).then(toReceiptFile);
  }
}
