import { Inject, Injectable } from '@nestjs/common';
import type { ReminderRule } from '@madoguchi/notifications-domain';
import type { RuleBook } from '@madoguchi/server-notification-rules';
import type {
  AuditLogEntry,
  AuditLogPage,
  AuditLogQuery,
  ProcedureOffering,
  ReminderRuleView,
  SetProcedureAvailabilityRequest,
} from '@madoguchi/procedures-contracts';
import { AUDIT_ACTIONS, auditActionGroupOf, isAuditAction } from '@madoguchi/procedures-contracts';

import { RECEIPT_NUMBER_PATTERN } from '../applications/receipt-number.js';
import type { StaffActor } from '../identity/actor.js';
import { RULE_BOOK } from '../infrastructure/tokens.js';
import type {
  AuditLogRow,
  AuditLogSearch,
  ProcedureOfferingRow,
} from './administration.repository.js';
import { AdministrationRepository } from './administration.repository.js';
import { administrationException } from './administration.exception.js';
import { decodeAuditCursor, encodeAuditCursor } from './audit-cursor.js';

/** A code of the closed set is matched exactly (`application.assign` is not its bulk codes); any other text is a start. */
function actionCondition(
  action: string | undefined,
): Pick<AuditLogSearch, 'action' | 'actionPrefix'> {
  if (action === undefined) {
    return {};
  }
  return isAuditAction(action) ? { action } : { actionPrefix: action };
}

/** Dashes and long-vowel marks a 受付番号 may be typed with (after NFKC), and spaces. */
const RECEIPT_SEPARATORS = /[\s\-‐‑‒–—―−ー]/gu;

export function toProcedureOfferingDto(row: ProcedureOfferingRow): ProcedureOffering {
  return {
    procedureId: row.procedureId,
    title: row.title,
    category: row.category,
    isEnabled: row.isEnabled ?? false,
    formVersion: row.formVersion,
  };
}

export function toAuditLogEntryDto(row: AuditLogRow): AuditLogEntry {
  return {
    id: row.id,
    occurredAt: row.occurredAt,
    actorKind: row.actorKind,
    actorId: row.actorId,
    actorName: row.actorName,
    action: row.action,
    targetType: row.targetType,
    targetId: row.targetId,
    receiptNumber: row.receiptNumber,
    detail: row.detail,
  };
}

/** A reminder rule with the municipality's parameters applied, for the administrator to check. */
export function toReminderRuleView(rule: ReminderRule): ReminderRuleView {
  const trigger = rule.trigger;
  return {
    id: rule.id,
    category: rule.category,
    record: rule.record,
    audience: rule.audience,
    channels: [...rule.channels],
    deadlineDays: rule.deadlineDays ?? null,
    trigger:
      trigger.type === 'relative'
        ? {
            type: 'relative',
            field: trigger.field,
            leadDays: trigger.leadDays,
            occurrences: trigger.occurrences.map((occurrence) => ({
              key: occurrence.key,
              label: occurrence.label,
              offset: {
                years: occurrence.offset.years ?? null,
                months: occurrence.offset.months ?? null,
                days: occurrence.offset.days ?? null,
              },
            })),
          }
        : {
            type: 'annual',
            month: trigger.month,
            day: trigger.day,
            label: trigger.label,
            ageRange: trigger.ageFrom
              ? {
                  minYears: trigger.ageFrom.minYears ?? null,
                  maxYears: trigger.ageFrom.maxYears ?? null,
                }
              : null,
          },
  };
}

/** A 受付番号 as typed (`ｋ７ｑｆ－３ｘｍａ`, `k7qf3xma`) in its stored form (`K7QF-3XMA`), or a 400. */
export function normalizeReceiptNumber(text: string): string {
  const compact = text.normalize('NFKC').toUpperCase().replace(RECEIPT_SEPARATORS, '');
  const receiptNumber = `${compact.slice(0, 4)}-${compact.slice(4)}`;
  if (!RECEIPT_NUMBER_PATTERN.test(receiptNumber)) {
    throw administrationException('invalid_receipt_number');
  }
  return receiptNumber;
}

/**
 * The municipality administrator's console: the procedures it accepts online (受付中 / 停止中)
 * and its audit trail. Administrators (`admin`) only, and only their own municipality.
 */
@Injectable()
export class AdministrationService {
  constructor(
    private readonly repository: AdministrationRepository,
    @Inject(RULE_BOOK) private readonly ruleBook: RuleBook,
  ) {}

  /** The reminders the municipality sends (the standard rules with its current parameters). */
  async listReminderRules(actor: StaffActor): Promise<ReminderRuleView[]> {
    requireAdmin(actor);
    return (await this.ruleBook.rulesFor(actor.municipalityCode)).map(toReminderRuleView);
  }

  async listProcedures(actor: StaffActor): Promise<ProcedureOffering[]> {
    requireAdmin(actor);
    return (await this.repository.listOfferings(actor.municipalityCode)).map(
      toProcedureOfferingDto,
    );
  }

  /**
   * Switches a procedure on or off for the municipality. Off: residents no longer find it, and
   * new drafts and submissions are refused (`procedure_not_found`); applications already
   * submitted stay with the staff as they are.
   */
  async setAvailability(
    actor: StaffActor,
    procedureId: string,
    input: SetProcedureAvailabilityRequest,
  ): Promise<ProcedureOffering> {
    requireAdmin(actor);
    if (!(await this.repository.findOffering(actor.municipalityCode, procedureId))) {
      throw administrationException('procedure_not_standard');
    }
    await this.repository.setAvailability(actor, procedureId, input.isEnabled);
    const offering = await this.repository.findOffering(actor.municipalityCode, procedureId);
    if (!offering) {
      throw administrationException('procedure_not_standard');
    }
    return toProcedureOfferingDto(offering);
  }

  async searchAuditLog(actor: StaffActor, query: AuditLogQuery): Promise<AuditLogPage> {
    requireAdmin(actor);
    if (query.from !== undefined && query.to !== undefined && query.from > query.to) {
      throw administrationException('invalid_date_range');
    }
    const cursor = query.cursor === undefined ? undefined : decodeAuditCursor(query.cursor);
    let applicationId: string | undefined;
    if (query.receiptNumber !== undefined) {
      const receiptNumber = normalizeReceiptNumber(query.receiptNumber);
      const found = await this.repository.findApplicationId(actor.municipalityCode, receiptNumber);
      if (!found) {
        return { items: [], nextCursor: null };
      }
      applicationId = found;
    }
    const rows = await this.repository.searchAuditLog({
      municipalityCode: actor.municipalityCode,
      actorId: query.actorId,
      applicationId,
      ...actionCondition(query.action),
      actions:
        query.actionGroup === undefined
          ? undefined
          : AUDIT_ACTIONS.filter((code) => auditActionGroupOf(code) === query.actionGroup),
      from: query.from,
      to: query.to,
      cursor,
      limit: query.limit,
    });
    const items = rows.slice(0, query.limit);
    const last = items.at(-1);
    return {
      items: items.map(toAuditLogEntryDto),
      nextCursor:
        rows.length > query.limit && last
          ? encodeAuditCursor({ occurredAt: last.occurredAt, id: last.id })
          : null,
    };
  }
}

function requireAdmin(actor: StaffActor): void {
  if (actor.staffRole !== 'admin') {
    throw administrationException('admin_only');
  }
}
