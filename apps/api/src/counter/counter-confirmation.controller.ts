import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type {
  ConfirmCounterApplicationRequest,
  CounterConfirmationPreview,
  CounterConfirmationResult,
  CounterTokenRequest,
} from '@madoguchi/procedures-contracts';
import {
  confirmCounterApplicationRequestSchema,
  counterConfirmationPreviewSchema,
  counterConfirmationResultSchema,
  counterTokenRequestSchema,
} from '@madoguchi/procedures-contracts';
import { ZodBodyPipe } from '@madoguchi/server-util-nest';

import type { RequestWithActor } from '../identity/authenticated.decorator.js';
import { SESSION_COOKIE } from '../identity/session.store.js';
import { ApiContract } from '../openapi/api-contract.decorator.js';
import { CounterResidents } from './counter-resident.service.js';
import { CounterService } from './counter.service.js';
import { ConfirmCounterApplicationUseCase } from './use-cases/confirm-counter-application.use-case.js';

/**
 * The resident's side of 書かない窓口: no account needed, the one-time token (in the body, never
 * in a URL) is the authority; a signed-in resident's session links the application to them.
 */
@ApiTags('counter (resident)')
@Controller('counter/confirmations')
export class CounterConfirmationController {
  constructor(
    private readonly counter: CounterService,
    private readonly confirmApplication: ConfirmCounterApplicationUseCase,
    private readonly residents: CounterResidents,
  ) {}

  @Post('preview')
  @HttpCode(200)
  @ApiOperation({
    summary: 'What the resident is asked to confirm (sensitive values masked); the read is audited',
  })
  @ApiContract({ body: counterTokenRequestSchema, response: counterConfirmationPreviewSchema })
  preview(
    @Req() request: RequestWithActor,
    @Body(new ZodBodyPipe(counterTokenRequestSchema)) body: CounterTokenRequest,
  ): Promise<CounterConfirmationPreview> {
    return this.residents
      .ofSession(request.cookies?.[SESSION_COOKIE])
      .then((resident) => this.counter.preview(resident, body.token));
  }

  @Post('confirm')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'The resident confirms: the application is submitted (受付番号); the link works once, for ten minutes',
  })
  @ApiContract({
    body: confirmCounterApplicationRequestSchema,
    response: counterConfirmationResultSchema,
  })
  confirm(
    @Req() request: RequestWithActor,
    @Body(new ZodBodyPipe(confirmCounterApplicationRequestSchema))
    body: ConfirmCounterApplicationRequest,
  ): Promise<CounterConfirmationResult> {
    return this.residents
      .ofSession(request.cookies?.[SESSION_COOKIE])
      .then((resident) => this.confirmApplication.execute(resident, body));
  }
}
