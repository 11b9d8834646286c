import { Body, Controller, Get, Headers, Param, Post } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type {
  ApplicationDetail,
  ApplicationSummary,
  SubmitApplicationRequest,
} from '@madoguchi/procedures-contracts';
import { submitApplicationRequestSchema } from '@madoguchi/procedures-contracts';
import { ZodBodyPipe } from '@madoguchi/server-util-nest';

import { UuidParamPipe } from '../common/uuid-param.pipe.js';
import type { ResidentActor } from '../identity/actor.js';
import { Authenticated, CurrentActor } from '../identity/authenticated.decorator.js';
import { ApplicationsQueryService } from './applications-query.service.js';
import { SubmitApplicationUseCase } from './use-cases/submit-application.use-case.js';

@ApiTags('applications (resident)')
@Authenticated('resident')
@Controller()
export class ResidentApplicationsController {
  constructor(
    private readonly submitApplication: SubmitApplicationUseCase,
    private readonly queries: ApplicationsQueryService,
  ) {}

  @Post('applications')
  @ApiOperation({ summary: 'Submits an application (送信); answers are validated against the form version' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'One key per form session: a retry returns the same application' })
  submit(
    @CurrentActor() actor: ResidentActor,
    @Body(new ZodBodyPipe(submitApplicationRequestSchema)) body: SubmitApplicationRequest,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
  ): Promise<ApplicationDetail> {
    return this.submitApplication.execute(actor, body, idempotencyKey);
  }

  @Get('me/applications')
  @ApiOperation({ summary: "The resident's applications" })
  list(@CurrentActor() actor: ResidentActor): Promise<ApplicationSummary[]> {
    return this.queries.listForResident(actor);
  }

  @Get('me/applications/:id')
  @ApiOperation({ summary: 'One of the resident’s applications with its history' })
  get(@CurrentActor() actor: ResidentActor, @Param('id', UuidParamPipe) id: string): Promise<ApplicationDetail> {
    return this.queries.getForResident(actor, id);
  }
}
