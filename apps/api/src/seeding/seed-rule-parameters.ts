import type { RuleBook } from '@madoguchi/server-notification-rules';
import type { EntityManager } from 'typeorm';

/** Who the audit trail and the row name for parameters imported from the seed files. */
export const SEED_ACTOR = 'system:seed';

/**
 * Imports `seeds/notification-rules/municipalities/<code>.json` into `reminder_rule_parameters`
 * as version 1 of each seeded municipality that has no row yet. Idempotent, and an
 * administrator's edit is never overwritten: after the first import the table is the source,
 * and a seed file only gives the defaults of a municipality without a row. Returns how many
 * rows it added.
 */
export async function seedRuleParameters(manager: EntityManager, book: RuleBook): Promise<number> {
  let added = 0;
  for (const parameters of book.seededParameters()) {
    // Validated against the standard rules already when the book was loaded.
    const inserted = await manager.query<unknown[]>(
      `INSERT INTO reminder_rule_parameters
         (municipality_code, parameters, retired_keys, version, updated_by)
       SELECT $1, $2, '{}', 1, $3
        WHERE EXISTS (SELECT 1 FROM municipalities WHERE code = $1)
       ON CONFLICT (municipality_code) DO NOTHING
       RETURNING municipality_code`,
      [parameters.municipalityCode, JSON.stringify(parameters), SEED_ACTOR],
    );
    added += inserted.length;
  }
  return added;
}
