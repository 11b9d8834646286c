import { AUDIT_ACTIONS, AUDIT_TARGET_TYPES } from '@madoguchi/procedures-contracts';
import { MIGRATIONS } from '@madoguchi/server-database';
import type { TestDatabase } from '@madoguchi/server-database/testing';
import { createTestDatabase } from '@madoguchi/server-database/testing';
import type { MigrationInterface } from 'typeorm';

import { CHIYODA } from '../support/samples.js';

/** PostgreSQL's code for a CHECK constraint that a row breaks (check_violation). */
const CHECK_VIOLATION = '23514';

async function failureOf(work: Promise<unknown>): Promise<{ code?: string; constraint?: string }> {
  try {
    await work;
    return {};
  } catch (error) {
    const { code, constraint } = error as { code?: string; constraint?: string };
    return { code, constraint };
  }
}

/** The quoted values of a `CHECK (column = ANY (ARRAY['a'::text, …]))` as PostgreSQL prints it. */
function listedValues(definition: string): string[] {
  return [...definition.matchAll(/'((?:[^']|'')*)'/g)].map((match) =>
    match[1]!.replaceAll("''", "'"),
  );
}

describe('audit action codes: the database knows the closed set, and only it', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase(undefined, 'audit_codes_it');
  });

  afterAll(async () => {
    await database.drop();
  });

  async function constraintValues(name: string): Promise<string[]> {
    const rows = await database.dataSource.query<{ definition: string; validated: boolean }[]>(
      `SELECT pg_get_constraintdef(oid) AS definition, convalidated AS validated
         FROM pg_constraint WHERE conrelid = 'audit_log'::regclass AND conname = $1`,
      [name],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.validated).toBe(true);
    return listedValues(rows[0]!.definition);
  }

  it('lists in its CHECK constraints exactly AUDIT_ACTIONS and AUDIT_TARGET_TYPES', async () => {
    expect((await constraintValues('audit_log_action_known')).sort()).toEqual(
      [...AUDIT_ACTIONS].sort(),
    );
    expect((await constraintValues('audit_log_target_type_known')).sort()).toEqual(
      [...AUDIT_TARGET_TYPES].sort(),
    );
  });

  it('refuses a row with a free-text action or target type, and keeps one with known codes', async () => {
    const insert = (action: string, targetType: string): Promise<unknown> =>
      database.dataSource.query(
        `INSERT INTO audit_log (municipality_code, actor_kind, actor_id, action, target_type, target_id)
         VALUES ($1, 'staff', 'staff-test', $2, $3, 'app-1')`,
        [CHIYODA, action, targetType],
      );

    await expect(failureOf(insert('application.peek', 'application'))).resolves.toEqual({
      code: CHECK_VIOLATION,
      constraint: 'audit_log_action_known',
    });
    await expect(failureOf(insert('application.read', 'somewhere'))).resolves.toEqual({
      code: CHECK_VIOLATION,
      constraint: 'audit_log_target_type_known',
    });
    await insert('application.read', 'application');
    const counted = await database.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_log WHERE actor_id = 'staff-test'`,
    );
    expect(counted[0]?.n).toBe(1);
  });

  it('does not migrate a database that holds a free-text action: the check covers existing rows', async () => {
    const migration = MIGRATIONS.map((Migration) => new Migration() as MigrationInterface).find(
      (candidate) => candidate.name === 'AuditActionCodes1765500005000',
    );
    expect(migration).toBeDefined();
    const runner = database.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      await migration!.down(runner);
      await runner.query(
        `INSERT INTO audit_log (municipality_code, actor_kind, actor_id, action, target_type, target_id)
         VALUES ($1, 'staff', 'staff-old', 'free.text', 'application', 'app-2')`,
        [CHIYODA],
      );
      await expect(failureOf(migration!.up(runner))).resolves.toEqual({
        code: CHECK_VIOLATION,
        constraint: 'audit_log_action_known',
      });
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
    // Rolled back: the constraints are as migrated, the free-text row was never kept.
    await expect(constraintValues('audit_log_action_known')).resolves.toHaveLength(
      AUDIT_ACTIONS.length,
    );
  });
});
