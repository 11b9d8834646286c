import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  Param,
  Post,
  Res,
  StreamableFile,
} from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type {
  BulkExportJob,
  CreateBulkExportRequest,
  Dashboard,
} from '@madoguchi/procedures-contracts';
import {
  bulkExportJobSchema,
  createBulkExportRequestSchema,
  dashboardSchema,
} from '@madoguchi/procedures-contracts';
import { ZodBodyPipe } from '@madoguchi/server-util-nest';

import { DOWNLOAD_HEADERS } from '../attachments/streamable-download.js';
import { UuidParamPipe } from '../common/uuid-param.pipe.js';
import type { StaffActor } from '../identity/actor.js';
import { Authenticated, CurrentActor } from '../identity/authenticated.decorator.js';
import { ApiContract } from '../openapi/api-contract.decorator.js';
import type { ExportFileResponse } from './bulk-export/bulk-export-file.js';
import { toExportFile } from './bulk-export/bulk-export-file.js';
import { BulkExportService } from './bulk-export/bulk-export.service.js';
import { DashboardService } from './dashboard.service.js';

@ApiTags('staff dashboard')
@Authenticated('staff')
@Controller('staff')
export class DashboardController {
  constructor(
    private readonly dashboard: DashboardService,
    private readonly bulkExports: BulkExportService,
  ) {}

  @Get('dashboard')
  @ApiOperation({
    summary:
      "業務の状況 of the staff member's municipality: counts per day and procedure, median processing time, overdue, corrections, failed deliveries (no personal data)",
  })
  @ApiContract({ response: dashboardSchema })
  read(@CurrentActor() actor: StaffActor): Promise<Dashboard> {
    return this.dashboard.read(actor);
  }

  @Post('exports')
  @HttpCode(202)
  @ApiOperation({
    summary:
      'Starts a bulk export (the work queue filters, CSV in UTF-8 or Shift_JIS) as a job; at most two per municipality at once; audited',
  })
  @ApiContract({ body: createBulkExportRequestSchema, response: bulkExportJobSchema, status: 202 })
  create(
    @CurrentActor() actor: StaffActor,
    @Body(new ZodBodyPipe(createBulkExportRequestSchema)) body: CreateBulkExportRequest,
  ): Promise<BulkExportJob> {
    return this.bulkExports.create(actor, body);
  }

  @Get('exports/:id')
  @ApiOperation({ summary: 'A bulk export of the municipality: its state and rows done / total' })
  @ApiContract({ response: bulkExportJobSchema })
  readExport(
    @CurrentActor() actor: StaffActor,
    @Param('id', UuidParamPipe) id: string,
  ): Promise<BulkExportJob> {
    return this.bulkExports.read(actor, id);
  }

  @Get('exports/:id/file')
  @Header('X-Content-Type-Options', DOWNLOAD_HEADERS['X-Content-Type-Options'])
  @Header('Cache-Control', DOWNLOAD_HEADERS['Cache-Control'])
  @Header('Content-Security-Policy', DOWNLOAD_HEADERS['Content-Security-Policy'])
  @ApiProduces('text/csv')
  @ApiOperation({
    summary:
      'The file of a completed bulk export (kept 24 hours); staff of its municipality; audited',
  })
  @ApiContract({ description: 'The CSV (Content-Disposition: attachment)' })
  download(
    @CurrentActor() actor: StaffActor,
    @Param('id', UuidParamPipe) id: string,
    @Res({ passthrough: true }) response: ExportFileResponse,
  ): Promise<StreamableFile> {
    return this.bulkExports.download(actor, id).then((file) => toExportFile(file, response));
  }
}
