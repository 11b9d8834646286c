import 'reflect-metadata';

import { createDataSourceOptions, ensureDatabaseExists } from '@madoguchi/server-database';
import { DataSource } from 'typeorm';

import { loadEnv } from '../config/env.js';

/** `npm run db:migrate`: creates the database if needed and applies pending migrations. */
const env = loadEnv();
await ensureDatabaseExists(env.DATABASE_URL);
const dataSource = new DataSource(
  createDataSourceOptions({ url: env.DATABASE_URL, applicationName: 'madoguchi-migrate' }),
);
await dataSource.initialize();
try {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  process.stdout.write(
    `migrations: ${applied.length === 0 ? 'up to date' : applied.map((m) => m.name).join(', ')}\n`,
  );
} finally {
  await dataSource.destroy();
}
