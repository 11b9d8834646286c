import { randomBytes } from 'node:crypto';

import { DataSource } from 'typeorm';

import { createDataSourceOptions } from './data-source-options.js';
import { dropDatabase, ensureDatabaseExists } from './database-admin.js';
import { RUNTIME_ROLES, runtimeRoleUrl } from './database-roles.js';

export type TestDatabase = {
  /** The owner's URL: migrations, seeding and the tests' own checks. */
  url: string;
  /** How the API and the worker under test log in (the migrations' non-owner roles). */
  apiUrl: string;
  workerUrl: string;
  /** Connected as the owner, which row-level security does not hold. */
  dataSource: DataSource;
  drop(): Promise<void>;
};

/**
 * A database of its own for one test file, created on the machine's PostgreSQL, migrated with
 * the real migrations, and dropped afterwards. `baseUrl` points at the server (any database).
 */
export async function createTestDatabase(
  baseUrl = 'postgres://postgres@127.0.0.1:5432/postgres',
  label = 'test',
): Promise<TestDatabase> {
  const url = new URL(baseUrl);
  url.pathname = `/madoguchi_${label}_${randomBytes(4).toString('hex')}`;
  const databaseUrl = url.toString();
  await ensureDatabaseExists(databaseUrl);
  const dataSource = new DataSource(
    createDataSourceOptions({ url: databaseUrl, applicationName: 'madoguchi-test', poolSize: 4 }),
  );
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return {
    url: databaseUrl,
    apiUrl: runtimeRoleUrl(databaseUrl, RUNTIME_ROLES.api),
    workerUrl: runtimeRoleUrl(databaseUrl, RUNTIME_ROLES.worker),
    dataSource,
    drop: async () => {
      await dataSource.destroy();
      await dropDatabase(databaseUrl);
    },
  };
}
