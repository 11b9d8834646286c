import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

import type { MunicipalRuleParameters, ReminderRule } from '@madoguchi/notifications-domain';
import { LIFE_RECORD_KINDS, applyMunicipalParameters, municipalRuleParametersSchema, reminderRuleSetSchema } from '@madoguchi/notifications-domain';
import { z } from 'zod';

const lifeRecordSourceSchema = z
  .object({
    procedureId: z.string(),
    kind: z.enum(LIFE_RECORD_KINDS),
    /** A repeating group: one record per item (paths below are then relative to the item). */
    each: z.string().optional(),
    dates: z.record(z.string(), z.string()).optional(),
    expiryMonthsAfterDecision: z.number().int().positive().optional(),
    name: z.string().optional(),
  })
  .strict();
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
 * The reminder rules of every municipality and the life-record sources, read once at start-up:
 * the worker scans and extracts with them, the API shows residents what they will bring.
 */
export type RuleBook = {
  rulesFor(municipalityCode: string): ReminderRule[];
  lifeRecordSources(procedureId: string): LifeRecordSource[];
  /** Where a procedure's answers say a proxy applied and for whom (none: the applicant applied for themself). */
  applicationRecipients(procedureId: string): ApplicationRecipients | undefined;
};

/** Loads `seeds/notification-rules/` and fails fast (at start-up, not at 06:00) when a file is invalid. */
export function loadRuleBook(seedsDir: string): RuleBook {
  const dir = join(seedsDir, 'notification-rules');
  const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
  const { rules } = reminderRuleSetSchema.parse(readJson(join(dir, 'rules.json')));
  const parameters = new Map<string, MunicipalRuleParameters>();
  for (const file of readdirSync(join(dir, 'municipalities')).filter((name) => name.endsWith('.json'))) {
    const parsed = municipalRuleParametersSchema.parse(readJson(join(dir, 'municipalities', file)));
    if (`${parsed.municipalityCode}.json` !== file) {
      throw new Error(`notification-rules/municipalities/${file} names municipality ${parsed.municipalityCode}`);
    }
    parameters.set(parsed.municipalityCode, parsed);
  }
  const effective = new Map<string, ReminderRule[]>();
  for (const [code, parameter] of parameters) {
    effective.set(code, applyMunicipalParameters(rules, parameter));
  }
  const { sources } = z.object({ description: z.string().optional(), sources: z.array(lifeRecordSourceSchema) }).parse(
    readJson(join(dir, 'life-record-sources.json')),
  );
  const { procedures } = z
    .object({ description: z.string().optional(), procedures: z.array(applicationRecipientsSchema) })
    .parse(readJson(join(dir, 'application-recipients.json')));
  return {
    rulesFor: (municipalityCode) => effective.get(municipalityCode) ?? rules,
    lifeRecordSources: (procedureId) => sources.filter((source) => source.procedureId === procedureId),
    applicationRecipients: (procedureId) => procedures.find((entry) => entry.procedureIds.includes(procedureId)),
  };
}
