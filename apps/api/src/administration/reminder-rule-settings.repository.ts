import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  MunicipalRuleParameters,
  RetiredOccurrenceKeys,
} from '@madoguchi/notifications-domain';

import type { StoredRuleParameters } from '@madoguchi/server-notification-rules';
import { findStoredRuleParameters } from '@madoguchi/server-notification-rules';
import { DataSource } from 'typeorm';

import { writeAudit } from '../audit/write-audit.js';
import type { StaffActor } from '../identity/actor.js';

/** The closed set of audit actions of the reminder-rule editor. */
export type ReminderRuleAuditAction = 'reminder_rules.update';

/** What an accepted edit stores, and the audit row's summary of it. */
export type ReminderRuleEdit = {
  parameters: MunicipalRuleParameters;
  retiredKeys: RetiredOccurrenceKeys;
  /** The same parameters as stored: nothing is written, no version, no audit row. */
  isUnchanged: boolean;
  /** Each changed rule's timing before and after, one line each (never personal data). */
  summary: { before: Record<string, string | null>; after: Record<string, string | null> };
};

export type SaveOutcome =
  { kind: 'saved'; stored: StoredRuleParameters } | { kind: 'conflict'; currentVersion: number };

/** The only place that touches `reminder_rule_parameters` for the API. */
@Injectable()
export class ReminderRuleSettingsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  find(municipalityCode: string): Promise<StoredRuleParameters | null> {
    return findStoredRuleParameters(this.dataSource, municipalityCode);
  }

  /**
   * Stores the next version of the municipality's parameters with its audit row, in one
   * transaction, if the version is still `expectedVersion` (0: none stored yet). Edits of one
   * municipality queue on a transaction lock, so `plan` decides from the row as it is (it may
   * throw to refuse the edit) and two edits from one version cannot both be saved. Saving the
   * parameters as they are changes nothing.
   */
  save(
    actor: StaffActor,
    expectedVersion: number,
    plan: (current: StoredRuleParameters | null) => ReminderRuleEdit,
  ): Promise<SaveOutcome> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
        `reminder-rule-parameters:${actor.municipalityCode}`,
      ]);
      const current = await findStoredRuleParameters(manager, actor.municipalityCode);
      const currentVersion = current?.version ?? 0;
      if (currentVersion !== expectedVersion) {
        return { kind: 'conflict', currentVersion };
      }
      const edit = plan(current);
      if (current && edit.isUnchanged) {
        return { kind: 'saved', stored: current };
      }
      const version = currentVersion + 1;
      await manager.query(
        `INSERT INTO reminder_rule_parameters
           (municipality_code, parameters, retired_keys, version, updated_by, updated_at)
         VALUES ($1, $2, $3, $4, $5, now())
         ON CONFLICT (municipality_code) DO UPDATE
           SET parameters = EXCLUDED.parameters, retired_keys = EXCLUDED.retired_keys,
               version = EXCLUDED.version, updated_by = EXCLUDED.updated_by, updated_at = now()`,
        [
          actor.municipalityCode,
          JSON.stringify(edit.parameters),
          JSON.stringify(edit.retiredKeys),
          version,
          actor.id,
        ],
      );
      const action: ReminderRuleAuditAction = 'reminder_rules.update';
      await writeAudit(manager, {
        municipalityCode: actor.municipalityCode,
        actor: { kind: 'staff', id: actor.id },
        action,
        target: { type: 'reminder_rules', id: actor.municipalityCode },
        detail: {
          fromVersion: currentVersion,
          toVersion: version,
          before: edit.summary.before,
          after: edit.summary.after,
        },
      });
      const stored = await findStoredRuleParameters(manager, actor.municipalityCode);
      if (!stored) {
        throw new Error('the stored reminder-rule parameters are gone');
      }
      return { kind: 'saved', stored };
    });
  }
}
