import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type {
  ApplicationNote,
  AssignApplicationRequest,
  BulkAssignmentJob,
  CreateApplicationNoteRequest,
  CreateBulkAssignmentRequest,
  ExportQuery,
  StaffMember,
  WorkQueueCount,
  WorkQueueCountQuery,
  WorkQueueItem,
  WorkQueuePage,
  WorkQueueQuery,
} from '@madoguchi/procedures-contracts';
import {
  DUE_FILTERS,
  EXPORT_FORMATS,
  MAX_PAGE_SIZE,
  WORK_QUEUE_SORTS,
  applicationNoteSchema,
  assignApplicationRequestSchema,
  bulkAssignmentJobSchema,
  createApplicationNoteRequestSchema,
  createBulkAssignmentRequestSchema,
  exportQuerySchema,
  staffMemberSchema,
  workQueueCountQuerySchema,
  workQueueCountSchema,
  workQueueItemSchema,
  workQueuePageSchema,
  workQueueQuerySchema,
} from '@madoguchi/procedures-contracts';
import { APPLICATION_STATUSES } from '@madoguchi/procedures-domain';
import { ZodBodyPipe } from '@madoguchi/server-util-nest';
import { z } from 'zod';

import { UuidParamPipe } from '../common/uuid-param.pipe.js';
import type { StaffActor } from '../identity/actor.js';
import { Authenticated, CurrentActor } from '../identity/authenticated.decorator.js';
import { ApiContract } from '../openapi/api-contract.decorator.js';
import { BulkAssignmentService } from './bulk-assignment/bulk-assignment.service.js';
import type { ExportResponse } from './export/export-applications.use-case.js';
import { ExportApplicationsUseCase } from './export/export-applications.use-case.js';
import { AddApplicationNoteUseCase } from './use-cases/add-application-note.use-case.js';
import { AssignApplicationUseCase } from './use-cases/assign-application.use-case.js';
import { WorkQueueService } from './work-queue.service.js';

/** The filters shared by the queue and the export, for the OpenAPI document. */
function FilterQueries(): MethodDecorator {
  return (target, key, descriptor) => {
    const decorators = [
      ApiQuery({ name: 'procedureId', required: false }),
      ApiQuery({
        name: 'status',
        required: false,
        isArray: true,
        enum: APPLICATION_STATUSES,
        description: 'One or several (repeat it or separate with commas)',
      }),
      ApiQuery({
        name: 'assignee',
        required: false,
        description: '`me`, `unassigned` or a staff id',
      }),
      ApiQuery({
        name: 'due',
        required: false,
        enum: DUE_FILTERS,
        description: 'By the due date (処理期限), Japan time',
      }),
      ApiQuery({
        name: 'q',
        required: false,
        description: '受付番号 or the applicant name in kanji or kana',
      }),
      ApiQuery({ name: 'sort', required: false, enum: WORK_QUEUE_SORTS }),
    ];
    for (const decorator of decorators) {
      decorator(target, key, descriptor);
    }
  };
}

@ApiTags('staff work queue')
@Authenticated('staff')
@Controller('staff')
export class StaffQueueController {
  constructor(
    private readonly queries: WorkQueueService,
    private readonly assignApplication: AssignApplicationUseCase,
    private readonly addNote: AddApplicationNoteUseCase,
    private readonly exportApplications: ExportApplicationsUseCase,
    private readonly bulkAssignments: BulkAssignmentService,
  ) {}

  @Get('applications')
  @ApiOperation({
    summary: "The work queue of the staff member's municipality: filters, search and cursor pages",
  })
  @ApiContract({ response: workQueuePageSchema })
  @FilterQueries()
  @ApiQuery({ name: 'cursor', required: false, description: 'The nextCursor of the previous page' })
  @ApiQuery({ name: 'limit', required: false, description: `1–${MAX_PAGE_SIZE}` })
  list(
    @CurrentActor() actor: StaffActor,
    @Query(new ZodBodyPipe(workQueueQuerySchema)) query: WorkQueueQuery,
  ): Promise<WorkQueuePage> {
    return this.queries.list(actor, query);
  }

  @Get('applications/count')
  @ApiOperation({
    summary: 'How many applications the queue filters match (for "all N matching the filter")',
  })
  @ApiContract({ response: workQueueCountSchema })
  @FilterQueries()
  count(
    @CurrentActor() actor: StaffActor,
    @Query(new ZodBodyPipe(workQueueCountQuerySchema)) query: WorkQueueCountQuery,
  ): Promise<WorkQueueCount> {
    return this.queries.count(actor, query);
  }

  @Get('applications/export')
  @ApiOperation({
    summary:
      'Exports the queue (same filters) as CSV (UTF-8 with BOM), CSV in Shift_JIS or JSON; sensitive values masked; audited',
  })
  @ApiProduces('text/csv', 'application/json')
  @ApiContract({ description: 'The file (Content-Disposition: attachment)' })
  @FilterQueries()
  @ApiQuery({ name: 'format', required: false, enum: EXPORT_FORMATS })
  export(
    @CurrentActor() actor: StaffActor,
    @Query(new ZodBodyPipe(exportQuerySchema)) query: ExportQuery,
    @Res() response: ExportResponse,
  ): Promise<void> {
    return this.exportApplications.execute(actor, query, response);
  }

  @Post('applications/:id/assign')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Sets or clears the assignee (担当): a staff member of the municipality; audited',
  })
  @ApiContract({ body: assignApplicationRequestSchema, response: workQueueItemSchema })
  assign(
    @CurrentActor() actor: StaffActor,
    @Param('id', UuidParamPipe) id: string,
    @Body(new ZodBodyPipe(assignApplicationRequestSchema)) body: AssignApplicationRequest,
  ): Promise<WorkQueueItem> {
    return this.assignApplication.execute(actor, id, body);
  }

  @Post('assignments')
  @HttpCode(202)
  @ApiOperation({
    summary:
      'Sets or clears the assignee (担当) of the applications chosen by id, or of all the queue filters match, as a job; closed or meanwhile changed ones are skipped; audited per application',
  })
  @ApiContract({
    body: createBulkAssignmentRequestSchema,
    response: bulkAssignmentJobSchema,
    status: 202,
  })
  createBulkAssignment(
    @CurrentActor() actor: StaffActor,
    @Body(new ZodBodyPipe(createBulkAssignmentRequestSchema)) body: CreateBulkAssignmentRequest,
  ): Promise<BulkAssignmentJob> {
    return this.bulkAssignments.create(actor, body);
  }

  @Get('assignments/:id')
  @ApiOperation({
    summary:
      'A bulk assignment of the municipality: its state, progress (done / total / skipped) and summary',
  })
  @ApiContract({ response: bulkAssignmentJobSchema })
  readBulkAssignment(
    @CurrentActor() actor: StaffActor,
    @Param('id', UuidParamPipe) id: string,
  ): Promise<BulkAssignmentJob> {
    return this.bulkAssignments.read(actor, id);
  }

  @Get('applications/:id/notes')
  @ApiOperation({
    summary: 'Internal notes (内部メモ) of an application; never shown to the resident',
  })
  @ApiContract({ response: z.array(applicationNoteSchema) })
  listNotes(
    @CurrentActor() actor: StaffActor,
    @Param('id', UuidParamPipe) id: string,
  ): Promise<ApplicationNote[]> {
    return this.queries.listNotes(actor, id);
  }

  @Post('applications/:id/notes')
  @ApiOperation({ summary: 'Adds an internal note; audited' })
  @ApiContract({
    body: createApplicationNoteRequestSchema,
    response: applicationNoteSchema,
    status: 201,
  })
  createNote(
    @CurrentActor() actor: StaffActor,
    @Param('id', UuidParamPipe) id: string,
    @Body(new ZodBodyPipe(createApplicationNoteRequestSchema)) body: CreateApplicationNoteRequest,
  ): Promise<ApplicationNote> {
    return this.addNote.execute(actor, id, body);
  }

  @Get('members')
  @ApiOperation({
    summary: 'Staff members of the municipality who have signed in (the possible assignees)',
  })
  @ApiContract({ response: z.array(staffMemberSchema) })
  listMembers(@CurrentActor() actor: StaffActor): Promise<StaffMember[]> {
    return this.queries.listStaffMembers(actor);
  }
}
