import type { PipeTransform } from '@nestjs/common';
import {
  Body,
  Controller,
  Get,
  HttpCode,
  Injectable,
  Param,
  Post,
  Put,
  Query,
} from '@nestjs/common';
import { ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import type {
  AuditLogPage,
  AuditLogQuery,
  ProcedureOffering,
  ReminderRuleSettings,
  ReminderRuleView,
  SetProcedureAvailabilityRequest,
  UpdateReminderRuleSettingsRequest,
} from '@madoguchi/procedures-contracts';
import {
  AUDIT_ACTION_GROUPS,
  MAX_AUDIT_PAGE_SIZE,
  auditLogPageSchema,
  auditLogQuerySchema,
  procedureIdParamSchema,
  procedureOfferingSchema,
  reminderRuleSettingsSchema,
  reminderRuleViewSchema,
  setProcedureAvailabilityRequestSchema,
  updateReminderRuleSettingsRequestSchema,
} from '@madoguchi/procedures-contracts';
import { ZodBodyPipe } from '@madoguchi/server-util-nest';
import { z } from 'zod';

import type { StaffActor } from '../identity/actor.js';
import { Authenticated, CurrentActor } from '../identity/authenticated.decorator.js';
import { ApiContract } from '../openapi/api-contract.decorator.js';
import { administrationException } from './administration.exception.js';
import { AdministrationService } from './administration.service.js';
import { ReminderRuleSettingsService } from './reminder-rule-settings.service.js';

/** A procedure id of the path: anything that cannot be one names no standard procedure (404). */
@Injectable()
export class ProcedureIdParamPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!procedureIdParamSchema.safeParse(value).success) {
      throw administrationException('procedure_not_standard');
    }
    return value;
  }
}

@ApiTags('municipality administration (staff administrators)')
@Authenticated('staff')
@Controller('staff/administration')
export class AdministrationController {
  constructor(
    private readonly administration: AdministrationService,
    private readonly reminderRules: ReminderRuleSettingsService,
  ) {}

  @Get('procedures')
  @ApiOperation({
    summary:
      'Every standard procedure, with whether the municipality accepts it online (administrators)',
  })
  @ApiContract({ response: z.array(procedureOfferingSchema) })
  listProcedures(@CurrentActor() actor: StaffActor): Promise<ProcedureOffering[]> {
    return this.administration.listProcedures(actor);
  }

  @Post('procedures/:procedureId/availability')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Starts (受付中) or stops (停止中) accepting a procedure online; submitted applications stay; audited',
  })
  @ApiParam({ name: 'procedureId', schema: { type: 'string', pattern: '^[a-z][a-z0-9-]*$' } })
  @ApiContract({ body: setProcedureAvailabilityRequestSchema, response: procedureOfferingSchema })
  setAvailability(
    @CurrentActor() actor: StaffActor,
    @Param('procedureId', ProcedureIdParamPipe) procedureId: string,
    @Body(new ZodBodyPipe(setProcedureAvailabilityRequestSchema))
    body: SetProcedureAvailabilityRequest,
  ): Promise<ProcedureOffering> {
    return this.administration.setAvailability(actor, procedureId, body);
  }

  @Get('notification-rules')
  @ApiOperation({
    summary:
      'The reminders the municipality sends, with its own ages, days and channels (administrators)',
  })
  @ApiContract({ response: z.array(reminderRuleViewSchema) })
  listReminderRules(@CurrentActor() actor: StaffActor): Promise<ReminderRuleView[]> {
    return this.administration.listReminderRules(actor);
  }

  @Get('reminder-rules')
  @ApiOperation({
    summary:
      "The municipality's effective reminder rules with its editable parameters and their version (administrators)",
  })
  @ApiContract({ response: reminderRuleSettingsSchema })
  getReminderRuleSettings(@CurrentActor() actor: StaffActor): Promise<ReminderRuleSettings> {
    return this.reminderRules.getSettings(actor);
  }

  @Put('reminder-rules')
  @ApiOperation({
    summary:
      'Replaces the parameters of the reminder rules (ages, lead days, channels) if the version is still current; audited. A removed occurrence key is retired for good',
  })
  @ApiContract({
    body: updateReminderRuleSettingsRequestSchema,
    response: reminderRuleSettingsSchema,
  })
  updateReminderRuleSettings(
    @CurrentActor() actor: StaffActor,
    @Body(new ZodBodyPipe(updateReminderRuleSettingsRequestSchema))
    body: UpdateReminderRuleSettingsRequest,
  ): Promise<ReminderRuleSettings> {
    return this.reminderRules.updateSettings(actor, body);
  }

  @Get('audit-log')
  @ApiOperation({
    summary: "The municipality's audit trail, newest first, by actor, 受付番号, action and days",
  })
  @ApiContract({ response: auditLogPageSchema })
  @ApiQuery({ name: 'actorId', required: false, description: 'A staff or resident id, exactly' })
  @ApiQuery({
    name: 'receiptNumber',
    required: false,
    description: '受付番号 (any case, full-width, with or without the hyphen)',
  })
  @ApiQuery({
    name: 'action',
    required: false,
    description:
      'An action code (matched exactly when it is one of the closed set) or the start of codes, e.g. `application.`',
  })
  @ApiQuery({
    name: 'actionGroup',
    required: false,
    enum: [...AUDIT_ACTION_GROUPS],
    description: 'Every action code of one group',
  })
  @ApiQuery({
    name: 'from',
    required: false,
    schema: { type: 'string', format: 'date' },
    description: 'First day, Japan time',
  })
  @ApiQuery({
    name: 'to',
    required: false,
    schema: { type: 'string', format: 'date' },
    description: 'Last day, Japan time',
  })
  @ApiQuery({ name: 'cursor', required: false, description: 'The nextCursor of the previous page' })
  @ApiQuery({ name: 'limit', required: false, description: `1–${MAX_AUDIT_PAGE_SIZE}` })
  searchAuditLog(
    @CurrentActor() actor: StaffActor,
    @Query(new ZodBodyPipe(auditLogQuerySchema)) query: AuditLogQuery,
  ): Promise<AuditLogPage> {
    return this.administration.searchAuditLog(actor, query);
  }
}
