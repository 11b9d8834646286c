import type { IncomingMessage } from 'node:http';

import {
  Controller,
  Delete,
  Get,
  Header,
  HttpCode,
  Param,
  Post,
  Req,
  StreamableFile,
} from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';

import type { AttachmentFile } from '@madoguchi/procedures-contracts';
import { attachmentFileSchema } from '@madoguchi/procedures-contracts';

import { UuidParamPipe } from '../common/uuid-param.pipe.js';
import { ApiContract } from '../openapi/api-contract.decorator.js';
import type { Actor, ResidentActor } from '../identity/actor.js';
import { Authenticated, CurrentActor } from '../identity/authenticated.decorator.js';
import { OwnTenantTransactions } from '../tenancy/tenant-scope.decorator.js';
import { AttachmentAccessService } from './attachment-access.service.js';
import type { AttachmentDto } from './dtos/attachment.dto.js';
import { DOWNLOAD_HEADERS, toStreamableFile } from './streamable-download.js';
import { UploadAttachmentUseCase } from './use-cases/upload-attachment.use-case.js';

@ApiTags('attachments')
@Controller('attachments')
export class AttachmentsController {
  constructor(
    private readonly uploadAttachment: UploadAttachmentUseCase,
    private readonly access: AttachmentAccessService,
  ) {}

  @Post()
  @Authenticated('resident')
  // The body streams for as long as the client takes: no transaction may be open meanwhile.
  @OwnTenantTransactions()
  @ApiOperation({
    summary:
      'Uploads one file for an attachment slot (添付書類); put the returned id in the attachment field',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    description: 'Text fields first, then the file part named `file`',
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
  upload(
    @CurrentActor() actor: ResidentActor,
    @Req() request: IncomingMessage,
  ): Promise<AttachmentDto> {
    return this.uploadAttachment.execute(actor, request);
  }

  @Get(':id')
  @Authenticated('resident', 'staff')
  @Header('X-Content-Type-Options', DOWNLOAD_HEADERS['X-Content-Type-Options'])
  @Header('Cache-Control', DOWNLOAD_HEADERS['Cache-Control'])
  @Header('Content-Security-Policy', DOWNLOAD_HEADERS['Content-Security-Policy'])
  @ApiOperation({
    summary:
      'Downloads an attachment: its owner, or staff once a submitted application references it (audited)',
  })
  download(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
  ): Promise<StreamableFile> {
    return this.access.download(actor, id).then(toStreamableFile);
  }

  @Get(':id/meta')
  @Authenticated('resident')
  @ApiOperation({
    summary: "The name and size of the resident's own attachment (to show it again in a form)",
  })
  @ApiContract({ response: attachmentFileSchema })
  describe(
    @CurrentActor() actor: ResidentActor,
    @Param('id', UuidParamPipe) id: string,
  ): Promise<AttachmentFile> {
    return this.access.describe(actor, id);
  }

  @Delete(':id')
  @HttpCode(204)
  @Authenticated('resident')
  @ApiOperation({
    summary: 'Deletes an own attachment that no submitted application references yet',
  })
  remove(
    @CurrentActor() actor: ResidentActor,
    @Param('id', UuidParamPipe) id: string,
  ): Promise<void> {
    return this.access.remove(actor, id);
  }
}
