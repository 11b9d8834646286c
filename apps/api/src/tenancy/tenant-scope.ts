import { AsyncLocalStorage } from 'node:async_hooks';

import type { DataSource, QueryRunner } from 'typeorm';

export type TenantContext = { municipalityCode: string | null; residentId: string | null };

type Scope = { runner: QueryRunner };

const storage = new AsyncLocalStorage<Scope>();
const INSTALLED = Symbol('madoguchi:tenant-scope-installed');

/**
 * Makes every query of the data source that runs inside `runInTenantScope` use that scope's
 * connection and transaction, where the role `madoguchi_app` and the tenant settings are in
 * force, so PostgreSQL's row-level security applies to whatever the repositories do. Queries
 * outside a scope (sign-in, public catalog, start-up) use the pool as before.
 */
export function installTenantScope(dataSource: DataSource): void {
  const patched = dataSource as DataSource & { [INSTALLED]?: true };
  if (patched[INSTALLED]) {
    return;
  }
  const original = dataSource.createQueryRunner.bind(dataSource);
  dataSource.createQueryRunner = (mode) => storage.getStore()?.runner ?? original(mode);
  patched[INSTALLED] = true;
}

/**
 * Runs `work` in one transaction as `madoguchi_app` with the tenant settings. Nested
 * `dataSource.transaction()` calls become savepoints of it; the scope's connection is released
 * only at the end (TypeORM's per-query release is a no-op inside the scope).
 */
export async function runInTenantScope<T>(
  dataSource: DataSource,
  context: TenantContext,
  work: () => Promise<T>,
): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  serializeQueries(runner);
  const release = runner.release.bind(runner);
  runner.release = () => Promise.resolve();
  try {
    await runner.startTransaction();
    await runner.query(
      `SELECT set_config('role', 'madoguchi_app', true),
              set_config('app.municipality_code', $1, true),
              set_config('app.resident_id', $2, true)`,
      [context.municipalityCode ?? '', context.residentId ?? ''],
    );
    const result = await storage.run({ runner }, work);
    await runner.commitTransaction();
    return result;
  } catch (error) {
    if (runner.isTransactionActive) {
      await runner.rollbackTransaction().catch(() => undefined);
    }
    throw error;
  } finally {
    await release();
  }
}

/**
 * A scope is one connection, and one pg client runs one query at a time: work that starts
 * several queries at once (`Promise.all` in a service) would hand the client a query while it
 * runs another, which node-postgres only queues with a deprecation warning (and pg 9 refuses).
 * Queued here instead, in the order they were asked.
 */
function serializeQueries(runner: QueryRunner): void {
  const query = runner.query.bind(runner);
  let tail: Promise<unknown> = Promise.resolve();
  runner.query = ((...args: Parameters<typeof query>) => {
    const next = tail.then(() => query(...args));
    tail = next.catch(() => undefined);
    return next;
  }) as typeof runner.query;
}

/**
 * `runInTenantScope` on a connection of its own, outside whatever scope the caller runs in: it
 * commits even when the caller's transaction rolls back (the audit row of a refused request).
 */
export function runInSeparateTenantScope<T>(
  dataSource: DataSource,
  context: TenantContext,
  work: () => Promise<T>,
): Promise<T> {
  return storage.exit(() => runInTenantScope(dataSource, context, work));
}
