import { Inject, Injectable } from '@nestjs/common';
import type { MunicipalRuleParameters, ReminderRule } from '@madoguchi/notifications-domain';
import { checkOccurrenceKeys } from '@madoguchi/notifications-domain';
import type {
  ReminderRuleSettings,
  UpdateReminderRuleSettingsRequest,
} from '@madoguchi/procedures-contracts';
import type { RuleBook, StoredRuleParameters } from '@madoguchi/server-notification-rules';
import type { FieldIssue } from '@madoguchi/server-util-nest';
import { dayNumberAfter, dayNumberOf } from '@madoguchi/shared-util-dates';

import type { StaffActor } from '../identity/actor.js';
import { RULE_BOOK } from '../infrastructure/tokens.js';
import { administrationException, reminderRuleIssue } from './administration.exception.js';
import { toReminderRuleView } from './administration.service.js';
import type { ReminderRuleEdit } from './reminder-rule-settings.repository.js';
import { ReminderRuleSettingsRepository } from './reminder-rule-settings.repository.js';

/** A day to count offsets from when telling whether an occurrence falls before the anchor. */
const SOME_BIRTH_DATE = '2024-01-31';

/**
 * 通知のルール: the administrator reads and edits the municipality's notification-rule
 * parameters (ages, lead days, channels). Administrators (`admin`) only, their own municipality
 * only; each saved edit is a new version with its audit row. The worker's next scan batch and the
 * API's next request read it (no restart, no cache).
 */
@Injectable()
export class ReminderRuleSettingsService {
  constructor(
    private readonly repository: ReminderRuleSettingsRepository,
    @Inject(RULE_BOOK) private readonly ruleBook: RuleBook,
  ) {}

  async getSettings(actor: StaffActor): Promise<ReminderRuleSettings> {
    requireAdmin(actor);
    return this.toDto(actor.municipalityCode, await this.repository.find(actor.municipalityCode));
  }

  async updateSettings(
    actor: StaffActor,
    input: UpdateReminderRuleSettingsRequest,
  ): Promise<ReminderRuleSettings> {
    requireAdmin(actor);
    const outcome = await this.repository.save(actor, input.version, (current) =>
      this.planEdit(actor.municipalityCode, current, input),
    );
    if (outcome.kind === 'conflict') {
      throw administrationException('reminder_rules_conflict');
    }
    return this.toDto(actor.municipalityCode, outcome.stored);
  }

  /** Checks the edit against the standard rules and the key rule; refuses it with field issues. */
  private planEdit(
    municipalityCode: string,
    current: StoredRuleParameters | null,
    input: UpdateReminderRuleSettingsRequest,
  ): ReminderRuleEdit {
    const standard = this.ruleBook.standardRules;
    const before = current?.parameters ?? this.ruleBook.defaultParameters(municipalityCode);
    const after: MunicipalRuleParameters = {
      municipalityCode,
      ...(before?.description === undefined ? {} : { description: before.description }),
      rules: input.rules,
    };
    const issues = findIssues(standard, input);
    if (issues.length > 0) {
      throw administrationException('invalid_reminder_rules', issues);
    }
    const keys = checkOccurrenceKeys(standard, before, after, current?.retiredKeys ?? {});
    if (keys.reused.length > 0) {
      throw administrationException(
        'invalid_reminder_rules',
        keys.reused.map(({ ruleId, key }) =>
          reminderRuleIssue(
            `rules.${ruleId}.occurrences.${(input.rules[ruleId]?.occurrences ?? []).findIndex((occurrence) => occurrence.key === key)}.key`,
            'occurrence_key_retired',
          ),
        ),
      );
    }
    let rules: ReminderRule[];
    try {
      rules = this.ruleBook.rulesWith(after);
    } catch {
      throw administrationException('invalid_reminder_rules', [
        reminderRuleIssue('rules', 'rule_not_valid'),
      ]);
    }
    return {
      parameters: after,
      retiredKeys: keys.retired,
      isUnchanged:
        current !== null &&
        canonicalJson(current.parameters) === canonicalJson(after) &&
        canonicalJson(current.retiredKeys) === canonicalJson(keys.retired),
      summary: summarizeChanges(this.ruleBook.rulesWith(before), rules),
    };
  }

  private toDto(
    municipalityCode: string,
    stored: StoredRuleParameters | null,
  ): ReminderRuleSettings {
    const parameters = stored?.parameters ?? this.ruleBook.defaultParameters(municipalityCode);
    return {
      version: stored?.version ?? 0,
      updatedAt: stored?.updatedAt ?? null,
      updatedBy: stored?.updatedBy ?? null,
      rules: this.ruleBook.rulesWith(parameters).map(toReminderRuleView),
      parameters: parameters?.rules ?? {},
      retiredKeys: stored?.retiredKeys ?? {},
    };
  }
}

/** What the schema cannot tell: which rule takes which setting, and what an age may be. */
function findIssues(
  standard: readonly ReminderRule[],
  input: UpdateReminderRuleSettingsRequest,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const [ruleId, override] of Object.entries(input.rules)) {
    const path = `rules.${ruleId}`;
    const rule = standard.find((candidate) => candidate.id === ruleId);
    if (!rule) {
      issues.push(reminderRuleIssue(path, 'unknown_rule'));
      continue;
    }
    const misplaced =
      rule.trigger.type === 'relative'
        ? (['month', 'day'] as const).filter((name) => override[name] !== undefined)
        : (['occurrences', 'leadDays'] as const).filter((name) => override[name] !== undefined);
    for (const name of misplaced) {
      issues.push(reminderRuleIssue(`${path}.${name}`, 'not_for_this_rule'));
    }
    if (override.channels && !override.channels.includes('in_app')) {
      issues.push(reminderRuleIssue(`${path}.channels`, 'in_app_required'));
    }
    // A check-up or a birthday counted from a date of birth cannot come before the birth.
    if (rule.trigger.type === 'relative' && rule.trigger.field === 'birthDate') {
      (override.occurrences ?? []).forEach((occurrence, index) => {
        if (dayNumberAfter(SOME_BIRTH_DATE, occurrence.offset) < dayNumberOf(SOME_BIRTH_DATE)) {
          issues.push(
            reminderRuleIssue(`${path}.occurrences.${index}.offset`, 'offset_before_birth'),
          );
        }
      });
    }
  }
  return issues;
}

/**
 * A rule's timing in one line, e.g. `4m=0y3m0d 18m=0y18m0d; lead 21d; in_app,web_push`, so the
 * audit row tells an age change at a glance (null: switched off).
 */
function describeRule(rule: ReminderRule | undefined): string | null {
  if (!rule) {
    return null;
  }
  const trigger = rule.trigger;
  const timing =
    trigger.type === 'relative'
      ? `${trigger.occurrences
          .map(
            ({ key, offset }) =>
              `${key}=${offset.years ?? 0}y${offset.months ?? 0}m${offset.days ?? 0}d`,
          )
          .join(' ')}; lead ${trigger.leadDays}d`
      : `${trigger.month}/${trigger.day}`;
  const deadline = rule.deadlineDays === undefined ? '' : `; deadline ${rule.deadlineDays}d`;
  return `${timing}${deadline}; ${rule.channels.join(',')}`;
}

/** Before and after of each rule the edit changes. */
function summarizeChanges(
  before: ReminderRule[],
  after: ReminderRule[],
): ReminderRuleEdit['summary'] {
  const summary: ReminderRuleEdit['summary'] = { before: {}, after: {} };
  for (const id of new Set([...before, ...after].map((rule) => rule.id))) {
    const was = describeRule(before.find((rule) => rule.id === id));
    const is = describeRule(after.find((rule) => rule.id === id));
    if (was !== is) {
      summary.before[id] = was;
      summary.after[id] = is;
    }
  }
  return summary;
}

/** JSON with every object's keys sorted (jsonb gives them back in its own order). */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item !== null && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(
          Object.entries(item as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
        )
      : item,
  );
}

function requireAdmin(actor: StaffActor): void {
  if (actor.staffRole !== 'admin') {
    throw administrationException('admin_only');
  }
}
