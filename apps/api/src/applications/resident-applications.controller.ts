import { Body, Controller, Get, Headers, HttpCode, Param, Post } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type {
  ResidentApplicationDetail,
  ResidentApplicationSummary,
  ResubmitApplicationRequest,
  SubmitApplicationRequest,
  WithdrawApplicationRequest,
} from '@madoguchi/procedures-contracts';
import {
  resubmitApplicationRequestSchema,
  submitApplicationRequestSchema,
  withdrawApplicationRequestSchema,
} from '@madoguchi/procedures-contracts';
import { ZodBodyPipe } from '@madoguchi/server-util-nest';
import {
  residentApplicationDetailSchema,
  residentApplicationSummarySchema,
} from '@madoguchi/procedures-contracts';
import { z } from 'zod';

import { ApiContract } from '../openapi/api-contract.decorator.js';

import { UuidParamPipe } from '../common/uuid-param.pipe.js';
import type { ResidentActor } from '../identity/actor.js';
import { Authenticated, CurrentActor } from '../identity/authenticated.decorator.js';
import { RequireProcedureIdentityLevel } from '../identity/procedure-identity-level.interceptor.js';
import { ApplicationsQueryService } from './applications-query.service.js';
import { ResidentDecisionsUseCase } from './use-cases/resident-decisions.use-case.js';
import { SubmitApplicationUseCase } from './use-cases/submit-application.use-case.js';

@ApiTags('applications (resident)')
@Authenticated('resident')
@Controller()
export class ResidentApplicationsController {
  constructor(
    private readonly submitApplication: SubmitApplicationUseCase,
    private readonly queries: ApplicationsQueryService,
    private readonly residentDecisions: ResidentDecisionsUseCase,
  ) {}

  @Post('applications')
  @ApiOperation({
    summary: 'Submits an application (送信); answers are validated against the form version',
  })
  @ApiContract({
    body: submitApplicationRequestSchema,
    response: residentApplicationDetailSchema,
    status: 201,
  })
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'One key per form session: a retry returns the same application',
  })
  submit(
    @CurrentActor() actor: ResidentActor,
    @Body(new ZodBodyPipe(submitApplicationRequestSchema)) body: SubmitApplicationRequest,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
  ): Promise<ResidentApplicationDetail> {
    return this.submitApplication.execute(actor, body, idempotencyKey);
  }

  @Get('me/applications')
  @ApiOperation({ summary: "The resident's applications" })
  @ApiContract({ response: z.array(residentApplicationSummarySchema) })
  list(@CurrentActor() actor: ResidentActor): Promise<ResidentApplicationSummary[]> {
    return this.queries.listForResident(actor);
  }

  @Get('me/applications/:id')
  @ApiOperation({ summary: 'One of the resident’s applications with its history' })
  @ApiContract({ response: residentApplicationDetailSchema })
  get(
    @CurrentActor() actor: ResidentActor,
    @Param('id', UuidParamPipe) id: string,
  ): Promise<ResidentApplicationDetail> {
    return this.queries.getForResident(actor, id);
  }

  @Post('me/applications/:id/resubmit')
  @RequireProcedureIdentityLevel('application')
  @HttpCode(200)
  @ApiOperation({ summary: '再送信: the corrected answers after a correction request (補正依頼)' })
  @ApiContract({
    body: resubmitApplicationRequestSchema,
    response: residentApplicationDetailSchema,
  })
  resubmit(
    @CurrentActor() actor: ResidentActor,
    @Param('id', UuidParamPipe) id: string,
    @Body(new ZodBodyPipe(resubmitApplicationRequestSchema)) body: ResubmitApplicationRequest,
  ): Promise<ResidentApplicationDetail> {
    return this.residentDecisions.resubmit(actor, id, body);
  }

  @Post('me/applications/:id/withdraw')
  @HttpCode(200)
  @ApiOperation({ summary: '取下げ: withdraws the application before a decision' })
  @ApiContract({
    body: withdrawApplicationRequestSchema,
    response: residentApplicationDetailSchema,
  })
  withdraw(
    @CurrentActor() actor: ResidentActor,
    @Param('id', UuidParamPipe) id: string,
    @Body(new ZodBodyPipe(withdrawApplicationRequestSchema)) body: WithdrawApplicationRequest,
  ): Promise<ResidentApplicationDetail> {
    return this.residentDecisions.withdraw(actor, id, body);
  }
}
