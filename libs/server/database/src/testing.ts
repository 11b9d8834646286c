import { randomBytes } from 'node:crypto';

import { DataSource } from 'typeorm';

import { createDataSourceOptions } from './data-source-options.js';
import { dropDatabase, ensureDatabaseExists } from './database-admin.js';

export type TestDatabase = { url: string; dataSource: DataSource; drop(): Promise<void> };

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
    dataSource,
    drop: async () => {
      await dataSource.destroy();
      await dropDatabase(databaseUrl);
    },
  };
}
