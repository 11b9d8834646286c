import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type {
  ApplicationDetail,
  RevealPersonalDataRequest,
  RevealedPersonalData,
  TransitionRequest,
} from '@madoguchi/procedures-contracts';
import {
  revealPersonalDataRequestSchema,
  transitionRequestSchema,
} from '@madoguchi/procedures-contracts';
import { ZodBodyPipe } from '@madoguchi/server-util-nest';
import {
  applicationDetailSchema,
  revealedPersonalDataSchema,
} from '@madoguchi/procedures-contracts';

import { ApiContract } from '../openapi/api-contract.decorator.js';

import { UuidParamPipe } from '../common/uuid-param.pipe.js';
import type { StaffActor } from '../identity/actor.js';
import { Authenticated, CurrentActor } from '../identity/authenticated.decorator.js';
import { ApplicationsQueryService } from './applications-query.service.js';
import { RevealPersonalDataUseCase } from './use-cases/reveal-personal-data.use-case.js';
import { TransitionApplicationUseCase } from './use-cases/transition-application.use-case.js';

@ApiTags('applications (staff)')
@Authenticated('staff')
@Controller('staff/applications')
export class StaffApplicationsController {
  constructor(
    private readonly transitionApplication: TransitionApplicationUseCase,
    private readonly queries: ApplicationsQueryService,
    private readonly revealPersonalData: RevealPersonalDataUseCase,
  ) {}

  @Get(':id')
  @ApiOperation({ summary: 'An application with its answers and history (the read is audited)' })
  @ApiContract({ response: applicationDetailSchema })
  get(
    @CurrentActor() actor: StaffActor,
    @Param('id', UuidParamPipe) id: string,
  ): Promise<ApplicationDetail> {
    return this.queries.getForStaff(actor, id);
  }

  @Post(':id/transitions')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Moves the application to another status, with a comment and a message to the resident',
  })
  @ApiContract({ body: transitionRequestSchema, response: applicationDetailSchema })
  transition(
    @CurrentActor() actor: StaffActor,
    @Param('id', UuidParamPipe) id: string,
    @Body(new ZodBodyPipe(transitionRequestSchema)) body: TransitionRequest,
  ): Promise<ApplicationDetail> {
    return this.transitionApplication.execute(actor, id, body);
  }

  @Post(':id/personal-data/reveal')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Shows one protected value (e.g. 個人番号) in full; the reason goes to the audit log',
  })
  @ApiContract({ body: revealPersonalDataRequestSchema, response: revealedPersonalDataSchema })
  reveal(
    @CurrentActor() actor: StaffActor,
    @Param('id', UuidParamPipe) id: string,
    @Body(new ZodBodyPipe(revealPersonalDataRequestSchema)) body: RevealPersonalDataRequest,
  ): Promise<RevealedPersonalData> {
    return this.revealPersonalData.execute(actor, id, body);
  }
}
