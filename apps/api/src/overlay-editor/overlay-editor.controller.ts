import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type {
  OverlayEditorState,
  OverlayPreview,
  OverlayProcedure,
  PublishOverlayRequest,
  PublishedFormVersion,
  SaveOverlayDraftRequest,
} from '@madoguchi/procedures-contracts';
import {
  overlayEditorStateSchema,
  overlayPreviewSchema,
  overlayProcedureSchema,
  previewOverlayRequestSchema,
  publishOverlayRequestSchema,
  publishedFormVersionSchema,
  saveOverlayDraftRequestSchema,
} from '@madoguchi/procedures-contracts';
import { ZodBodyPipe } from '@madoguchi/server-util-nest';
import { z } from 'zod';

import type { StaffActor } from '../identity/actor.js';
import { Authenticated, CurrentActor } from '../identity/authenticated.decorator.js';
import { ApiContract } from '../openapi/api-contract.decorator.js';
import { ProcedureIdPipe } from './procedure-id.pipe.js';
import { OverlayEditorService } from './overlay-editor.service.js';

@ApiTags('overlay editor (自治体独自項目, administrators)')
@Authenticated('staff')
@Controller('staff/overlay-editor/procedures')
export class OverlayEditorController {
  constructor(private readonly editor: OverlayEditorService) {}

  @Get()
  @ApiOperation({ summary: "The municipality's procedures: version in force, scheduled, draft" })
  @ApiContract({ response: z.array(overlayProcedureSchema) })
  list(@CurrentActor() actor: StaffActor): Promise<OverlayProcedure[]> {
    return this.editor.list(actor);
  }

  @Get(':procedureId')
  @ApiOperation({ summary: 'The overlay of a procedure (the draft, else the one published)' })
  @ApiContract({ response: overlayEditorStateSchema })
  get(
    @CurrentActor() actor: StaffActor,
    @Param('procedureId', ProcedureIdPipe) procedureId: string,
  ): Promise<OverlayEditorState> {
    return this.editor.get(actor, procedureId);
  }

  @Put(':procedureId/draft')
  @ApiOperation({
    summary: 'Saves the overlay draft (checked by the form engine, errors per path)',
  })
  @ApiContract({ body: saveOverlayDraftRequestSchema, response: overlayEditorStateSchema })
  saveDraft(
    @CurrentActor() actor: StaffActor,
    @Param('procedureId', ProcedureIdPipe) procedureId: string,
    @Body(new ZodBodyPipe(saveOverlayDraftRequestSchema)) body: SaveOverlayDraftRequest,
  ): Promise<OverlayEditorState> {
    return this.editor.saveDraft(actor, procedureId, body);
  }

  @Post(':procedureId/preview')
  @HttpCode(200)
  @ApiOperation({ summary: 'The effective form an overlay gives, as a resident would get it' })
  @ApiContract({ body: previewOverlayRequestSchema, response: overlayPreviewSchema })
  preview(
    @CurrentActor() actor: StaffActor,
    @Param('procedureId', ProcedureIdPipe) procedureId: string,
    @Body(new ZodBodyPipe(previewOverlayRequestSchema)) body: SaveOverlayDraftRequest,
  ): Promise<OverlayPreview> {
    return this.editor.preview(actor, procedureId, body);
  }

  @Post(':procedureId/publish')
  @ApiOperation({ summary: 'Publishes the draft as the next form version from a 施行日' })
  @ApiContract({
    body: publishOverlayRequestSchema,
    response: publishedFormVersionSchema,
    status: 201,
  })
  publish(
    @CurrentActor() actor: StaffActor,
    @Param('procedureId', ProcedureIdPipe) procedureId: string,
    @Body(new ZodBodyPipe(publishOverlayRequestSchema)) body: PublishOverlayRequest,
  ): Promise<PublishedFormVersion> {
    return this.editor.publish(actor, procedureId, body);
  }
}
