import type {
  MunicipalRuleParameters,
  RetiredOccurrenceKeys,
} from '@madoguchi/notifications-domain';
import { municipalRuleParametersSchema } from '@madoguchi/notifications-domain';
import { z } from 'zod';

/** What runs a query: a TypeORM DataSource or EntityManager (in a transaction or a tenant scope). */
export type Queryable = { query(sql: string, parameters?: unknown[]): Promise<unknown> };

/** A municipality's current row of `reminder_rule_parameters`. */
export type StoredRuleParameters = {
  parameters: MunicipalRuleParameters;
  retiredKeys: RetiredOccurrenceKeys;
  version: number;
  updatedAt: string;
  updatedBy: string;
};

const storedRowSchema = z.object({
  parameters: municipalRuleParametersSchema,
  retiredKeys: z.record(z.string(), z.array(z.string())),
  version: z.number().int().min(1),
  updatedAt: z.string(),
  updatedBy: z.string(),
});

/**
 * The municipality's stored rule parameters (null: none stored yet), validated by the same
 * schema as the seed files, so a row written by hand that no longer fits fails loudly here.
 */
export async function findStoredRuleParameters(
  database: Queryable,
  municipalityCode: string,
): Promise<StoredRuleParameters | null> {
  const rows = (await database.query(
    `SELECT parameters, retired_keys AS "retiredKeys", version, updated_by AS "updatedBy",
            to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "updatedAt"
       FROM reminder_rule_parameters WHERE municipality_code = $1`,
    [municipalityCode],
  )) as unknown[];
  const [row] = rows;
  return row === undefined ? null : storedRowSchema.parse(row);
}
