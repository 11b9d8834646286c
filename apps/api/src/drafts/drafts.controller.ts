import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type {
  DraftDetail,
  DraftSummary,
  SaveDraftRequest,
  UpdateDraftRequest,
} from '@madoguchi/procedures-contracts';
import {
  draftDetailSchema,
  draftSummarySchema,
  saveDraftRequestSchema,
  updateDraftRequestSchema,
} from '@madoguchi/procedures-contracts';
import { ZodBodyPipe } from '@madoguchi/server-util-nest';
import { z } from 'zod';

import { UuidParamPipe } from '../common/uuid-param.pipe.js';
import type { ResidentActor } from '../identity/actor.js';
import { Authenticated, CurrentActor } from '../identity/authenticated.decorator.js';
import { RequireProcedureIdentityLevel } from '../identity/procedure-identity-level.interceptor.js';
import { ApiContract } from '../openapi/api-contract.decorator.js';
import { DraftsService } from './drafts.service.js';

@ApiTags('drafts (一時保存)')
@Authenticated('resident')
@Controller('me/drafts')
export class DraftsController {
  constructor(private readonly drafts: DraftsService) {}

  @Post()
  @RequireProcedureIdentityLevel('body')
  @ApiOperation({ summary: 'Starts a draft (autosave of the first step)' })
  @ApiContract({ body: saveDraftRequestSchema, response: draftDetailSchema, status: 201 })
  create(
    @CurrentActor() actor: ResidentActor,
    @Body(new ZodBodyPipe(saveDraftRequestSchema)) body: SaveDraftRequest,
  ): Promise<DraftDetail> {
    return this.drafts.create(actor, body);
  }

  @Put(':id')
  @RequireProcedureIdentityLevel('draft')
  @ApiOperation({
    summary: 'Saves the answers so far (each step); nothing typed is lost, valid or not',
  })
  @ApiContract({ body: updateDraftRequestSchema, response: draftDetailSchema })
  update(
    @CurrentActor() actor: ResidentActor,
    @Param('id', UuidParamPipe) id: string,
    @Body(new ZodBodyPipe(updateDraftRequestSchema)) body: UpdateDraftRequest,
  ): Promise<DraftDetail> {
    return this.drafts.update(actor, id, body);
  }

  @Get()
  @ApiOperation({ summary: "The resident's drafts, newest first (resume on any device)" })
  @ApiContract({ response: z.array(draftSummarySchema) })
  list(@CurrentActor() actor: ResidentActor): Promise<DraftSummary[]> {
    return this.drafts.list(actor);
  }

  @Get(':id')
  @ApiOperation({
    summary: 'A draft with its answers (sensitive ones masked: they are typed again)',
  })
  @ApiContract({ response: draftDetailSchema })
  get(
    @CurrentActor() actor: ResidentActor,
    @Param('id', UuidParamPipe) id: string,
  ): Promise<DraftDetail> {
    return this.drafts.get(actor, id);
  }

  @Post(':id/migrate')
  @HttpCode(200)
  @RequireProcedureIdentityLevel('draft')
  @ApiOperation({
    summary: 'Moves a draft to the form version in force (the engine migrates its answers)',
  })
  @ApiContract({ response: draftDetailSchema })
  migrate(
    @CurrentActor() actor: ResidentActor,
    @Param('id', UuidParamPipe) id: string,
  ): Promise<DraftDetail> {
    return this.drafts.migrate(actor, id);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Deletes a draft' })
  delete(
    @CurrentActor() actor: ResidentActor,
    @Param('id', UuidParamPipe) id: string,
  ): Promise<void> {
    return this.drafts.delete(actor, id);
  }
}
