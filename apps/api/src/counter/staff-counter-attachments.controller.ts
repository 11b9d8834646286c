import type { IncomingMessage } from 'node:http';

import { Controller, Delete, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';

import { AttachmentAccessService } from '../attachments/attachment-access.service.js';
import type { AttachmentDto } from '../attachments/dtos/attachment.dto.js';
import { UploadAttachmentUseCase } from '../attachments/use-cases/upload-attachment.use-case.js';
import { UuidParamPipe } from '../common/uuid-param.pipe.js';
import type { StaffActor } from '../identity/actor.js';
import { Authenticated, CurrentActor } from '../identity/authenticated.decorator.js';
import { OwnTenantTransactions } from '../tenancy/tenant-scope.decorator.js';
import { counterStaffOwnerId } from './counter-view.mapper.js';

/**
 * 書かない窓口: the documents the resident brought, scanned or photographed by staff into the
 * form's attachment slots, through the residents' upload pipeline (type and size limits, content
 * inspection, location data removed, malware scan). Held for the staff member until the answers
 * are stored; then the counter application holds them.
 */
@ApiTags('counter (staff)')
@Authenticated('staff')
@Controller('staff/counter/attachments')
export class StaffCounterAttachmentsController {
  constructor(
    private readonly upload: UploadAttachmentUseCase,
    private readonly access: AttachmentAccessService,
  ) {}

  @Post()
  // The body streams for as long as the client takes: no transaction may be open meanwhile.
  @OwnTenantTransactions()
  @ApiOperation({
    summary:
      'Uploads one file scanned at the counter for an attachment slot of the municipality’s form; put the id in the answer',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    description: 'Text fields first, then the file part named `file` (as POST /api/attachments)',
    schema: {
      type: 'object',
      required: ['municipalityCode', 'procedureId', 'formVersion', 'slotId', 'file'],
      properties: {
        municipalityCode: { type: 'string', example: '131016' },
        procedureId: { type: 'string', example: 'pregnancy-notification' },
        formVersion: { type: 'string', example: '1' },
        slotId: { type: 'string', example: 'pregnancyProof' },
        file: { type: 'string', format: 'binary' },
      },
    },
  })
  create(
    @CurrentActor() actor: StaffActor,
    @Req() request: IncomingMessage,
  ): Promise<AttachmentDto> {
    return this.upload.executeAtCounter(actor, counterStaffOwnerId(actor.id), request);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Removes a file the staff member scanned that no counter application holds yet',
  })
  remove(@CurrentActor() actor: StaffActor, @Param('id', UuidParamPipe) id: string): Promise<void> {
    return this.access.removeOwned(counterStaffOwnerId(actor.id), id);
  }
}
