import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

import type { MunicipalRuleParameters, ReminderRule } from '@madoguchi/notifications-domain';
import {
  LIFE_RECORD_KINDS,
  applyMunicipalParameters,
  municipalRuleParametersSchema,
  reminderRuleSetSchema,
} from '@madoguchi/notifications-domain';
import type { DecisionRecordKind } from '@madoguchi/procedures-domain';
import { DECISION_RECORD_KINDS } from '@madoguchi/procedures-domain';
import { z } from 'zod';

import type { Queryable } from './stored-rule-parameters.js';
import { findStoredRuleParameters } from './stored-rule-parameters.js';

/** The life record each kind of decision record gives its dates to. */
const DECISION_RECORD_LIFE_RECORD: Record<DecisionRecordKind, (typeof LIFE_RECORD_KINDS)[number]> =
  {
    careCertification: 'care_certification',
  };

const lifeRecordSourceSchema = z
  .object({
    procedureId: z.string(),
    kind: z.enum(LIFE_RECORD_KINDS),
    /** A repeating group: one record per item (paths below are then relative to the item). */
    each: z.string().optional(),
    dates: z.record(z.string(), z.string()).optional(),
    /**
     * Staff record this decision when they complete the application (the API requires it), and
     * the record takes its dates from it; `expiryMonthsAfterDecision` only estimates the expiry
     * of applications completed without one.
     */
    decisionRecord: z.enum(DECISION_RECORD_KINDS).optional(),
    expiryMonthsAfterDecision: z.number().int().positive().optional(),
    name: z.string().optional(),
  })
  .strict()
  .refine(
    (source) =>
      source.decisionRecord === undefined ||
      DECISION_RECORD_LIFE_RECORD[source.decisionRecord] === source.kind,
    {
      message:
        'a decisionRecord gives its dates to one kind of life record only (careCertification → care_certification)',
      path: ['decisionRecord'],
    },
  );
export type LifeRecordSource = z.infer<typeof lifeRecordSourceSchema>;

const applicationRecipientsSchema = z
  .object({
    procedureIds: z.array(z.string()).min(1),
    proxyWhen: z.union([
      z.object({ field: z.string(), equals: z.string() }).strict(),
      z.object({ field: z.string(), notEquals: z.string() }).strict(),
    ]),
    subjectName: z.string(),
    subjectEmail: z.string().optional(),
  })
  .strict();
export type ApplicationRecipients = z.infer<typeof applicationRecipientsSchema>;

/**
 * The standard reminder rules and the life-record sources, read once at start-up, and each
 * municipality's rule parameters, read from `reminder_rule_parameters` at every call (no cache:
 * an administrator's edit is seen by the next request of every API replica and the next scan
 * batch of every worker). The worker scans and extracts with them, the API shows residents what
 * they will bring.
 */
export type RuleBook = {
  /**
   * The municipality's effective rules: the standard set with its current stored parameters, or
   * the defaults of its seed file when it has none stored (a new municipality), merged by
   * `applyMunicipalParameters`.
   */
  rulesFor(municipalityCode: string): Promise<ReminderRule[]>;
  /** The standard set with these parameters applied (none: the standard set as it is). */
  rulesWith(parameters: MunicipalRuleParameters | undefined): ReminderRule[];
  /** The standard rules as `seeds/notification-rules/rules.json` gives them. */
  standardRules: readonly ReminderRule[];
  /** The parameters of `seeds/notification-rules/municipalities/<code>.json`, if any. */
  defaultParameters(municipalityCode: string): MunicipalRuleParameters | undefined;
  /** Every seed file's parameters (what the seed command imports). */
  seededParameters(): MunicipalRuleParameters[];
  lifeRecordSources(procedureId: string): LifeRecordSource[];
  /** Where a procedure's answers say a proxy applied and for whom (none: the applicant applied for themself). */
  applicationRecipients(procedureId: string): ApplicationRecipients | undefined;
  /** The decision record staff give when they complete an application of the procedure (null: none). */
  decisionRecordKind(procedureId: string): DecisionRecordKind | null;
};

/**
 * Loads `seeds/notification-rules/` and fails fast (at start-up, not at 06:00) when a file is
 * invalid. `database` is where the stored parameters are read; null: the seed files' defaults
 * only (tests of the files, tools without a database).
 */
export function loadRuleBook(seedsDir: string, database: Queryable | null): RuleBook {
  const dir = join(seedsDir, 'notification-rules');
  const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
  const { rules } = reminderRuleSetSchema.parse(readJson(join(dir, 'rules.json')));
  const parameters = new Map<string, MunicipalRuleParameters>();
  for (const file of readdirSync(join(dir, 'municipalities')).filter((name) =>
    name.endsWith('.json'),
  )) {
    const parsed = municipalRuleParametersSchema.parse(readJson(join(dir, 'municipalities', file)));
    if (`${parsed.municipalityCode}.json` !== file) {
      throw new Error(
        `notification-rules/municipalities/${file} names municipality ${parsed.municipalityCode}`,
      );
    }
    parameters.set(parsed.municipalityCode, parsed);
  }
  // Every seed file must apply cleanly: a bad default stops the process at start-up.
  for (const parameter of parameters.values()) {
    applyMunicipalParameters(rules, parameter);
  }
  const { sources } = z
    .object({ description: z.string().optional(), sources: z.array(lifeRecordSourceSchema) })
    .parse(readJson(join(dir, 'life-record-sources.json')));
  for (const procedureId of new Set(sources.map((source) => source.procedureId))) {
    const kinds = new Set(
      sources
        .filter((source) => source.procedureId === procedureId && source.decisionRecord)
        .map((source) => source.decisionRecord),
    );
    if (kinds.size > 1) {
      throw new Error(
        `notification-rules/life-record-sources.json: ${procedureId} declares more than one decisionRecord`,
      );
    }
  }
  const { procedures } = z
    .object({
      description: z.string().optional(),
      procedures: z.array(applicationRecipientsSchema),
    })
    .parse(readJson(join(dir, 'application-recipients.json')));
  const rulesWith = (parameter: MunicipalRuleParameters | undefined) =>
    applyMunicipalParameters(rules, parameter);
  return {
    rulesFor: async (municipalityCode) => {
      const stored = database ? await findStoredRuleParameters(database, municipalityCode) : null;
      return rulesWith(stored?.parameters ?? parameters.get(municipalityCode));
    },
    rulesWith,
    standardRules: rules,
    defaultParameters: (municipalityCode) => parameters.get(municipalityCode),
    seededParameters: () => [...parameters.values()],
    lifeRecordSources: (procedureId) =>
      sources.filter((source) => source.procedureId === procedureId),
    applicationRecipients: (procedureId) =>
      procedures.find((entry) => entry.procedureIds.includes(procedureId)),
    decisionRecordKind: (procedureId) =>
      sources.find((source) => source.procedureId === procedureId && source.decisionRecord)
        ?.decisionRecord ?? null,
  };
}
