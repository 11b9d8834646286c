import {
  Controller,
  Get,
  Header,
  HttpCode,
  Param,
  Post,
  Query,
  StreamableFile,
  UseGuards,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type {
  Acknowledgement,
  BackOfficeApplicationDetail,
  BackOfficeApplicationPage,
  BackOfficeListQuery,
} from '@madoguchi/procedures-contracts';
import {
  MAX_PAGE_SIZE,
  acknowledgementSchema,
  backOfficeApplicationDetailSchema,
  backOfficeApplicationPageSchema,
  backOfficeListQuerySchema,
} from '@madoguchi/procedures-contracts';
import { ZodBodyPipe } from '@madoguchi/server-util-nest';

import { DOWNLOAD_HEADERS, toStreamableFile } from '../attachments/streamable-download.js';
import { UuidParamPipe } from '../common/uuid-param.pipe.js';
import type { BackOfficeCaller } from './back-office-key.guard.js';
import { ApiContract } from '../openapi/api-contract.decorator.js';
import {
  BackOfficeKeyGuard,
  CurrentBackOfficeCaller,
  RequireScope,
} from './back-office-key.guard.js';
import { BackOfficeService } from './back-office.service.js';

export const BACK_OFFICE_SECURITY_SCHEME = 'back-office-key';

/**
 * For the municipality's back-office systems (基幹系): `Authorization: Bearer <API key>`, no
 * cookie and no CSRF header. A key only ever sees its own municipality's applications.
 */
@ApiTags('back-office pull API')
@ApiBearerAuth(BACK_OFFICE_SECURITY_SCHEME)
@UseGuards(BackOfficeKeyGuard)
@Controller('back-office/applications')
export class BackOfficeController {
  constructor(private readonly backOffice: BackOfficeService) {}

  @Get()
  @RequireScope('applications:read')
  @ApiOperation({
    summary: 'Applications in order of arrival; `acknowledged=false` lists those not yet taken',
  })
  @ApiContract({ response: backOfficeApplicationPageSchema })
  @ApiQuery({ name: 'acknowledged', required: false, enum: ['true', 'false'] })
  @ApiQuery({
    name: 'since',
    required: false,
    description: 'ISO 8601 time with offset: received at or after',
  })
  @ApiQuery({ name: 'procedureId', required: false })
  @ApiQuery({ name: 'cursor', required: false, description: 'The nextCursor of the previous page' })
  @ApiQuery({ name: 'limit', required: false, description: `1–${MAX_PAGE_SIZE}` })
  list(
    @CurrentBackOfficeCaller() caller: BackOfficeCaller,
    @Query(new ZodBodyPipe(backOfficeListQuerySchema)) query: BackOfficeListQuery,
  ): Promise<BackOfficeApplicationPage> {
    return this.backOffice.list(caller, query);
  }

  @Get(':receiptNumber')
  @RequireScope('applications:read')
  @ApiOperation({
    summary:
      'One application in full: answers (sensitive values in clear only with the personal-data scope, audited), events, attachment metadata',
  })
  @ApiContract({ response: backOfficeApplicationDetailSchema })
  get(
    @CurrentBackOfficeCaller() caller: BackOfficeCaller,
    @Param('receiptNumber') receiptNumber: string,
  ): Promise<BackOfficeApplicationDetail> {
    return this.backOffice.get(caller, receiptNumber);
  }

  @Get(':receiptNumber/attachments/:attachmentId')
  @RequireScope('applications:read')
  @Header('X-Content-Type-Options', DOWNLOAD_HEADERS['X-Content-Type-Options'])
  @Header('Cache-Control', DOWNLOAD_HEADERS['Cache-Control'])
  @Header('Content-Security-Policy', DOWNLOAD_HEADERS['Content-Security-Policy'])
  @ApiOperation({
    summary: 'One attachment of the application, as uploaded (ids in the detail; audited)',
  })
  downloadAttachment(
    @CurrentBackOfficeCaller() caller: BackOfficeCaller,
    @Param('receiptNumber') receiptNumber: string,
    @Param('attachmentId', UuidParamPipe) attachmentId: string,
  ): Promise<StreamableFile> {
    return this.backOffice
      .downloadAttachment(caller, receiptNumber, attachmentId)
      .then(toStreamableFile);
  }

  @Post(':receiptNumber/acknowledge')
  @HttpCode(200)
  @RequireScope('applications:acknowledge')
  @ApiOperation({
    summary:
      '取得済み: marks the application as taken by the back-office system (idempotent; audited)',
  })
  @ApiContract({ response: acknowledgementSchema })
  acknowledge(
    @CurrentBackOfficeCaller() caller: BackOfficeCaller,
    @Param('receiptNumber') receiptNumber: string,
  ): Promise<Acknowledgement> {
    return this.backOffice.acknowledge(caller, receiptNumber);
  }
}
