import 'reflect-metadata';

import { createDataSourceOptions } from '@madoguchi/server-database';
import { DataSource } from 'typeorm';

import { loadEnv } from '../config/env.js';
import { seedCatalog } from '../seeding/seed-catalog.js';

/** `npm run db:seed`: loads municipalities, forms and procedures from seeds/ (idempotent). */
const env = loadEnv();
const dataSource = new DataSource(
  createDataSourceOptions({ url: env.DATABASE_URL, applicationName: 'madoguchi-seed' }),
);
await dataSource.initialize();
try {
  const report = await seedCatalog(dataSource, env.SEEDS_DIR);
  process.stdout.write(
    `seeds: ${report.municipalities} municipalities, ${report.formVersions} new form versions, ${report.procedures} procedures` +
      (report.skipped.length > 0 ? ` (no form yet for ${report.skipped.length})` : '') +
      (report.ruleParameters > 0
        ? `, notification-rule parameters imported for ${report.ruleParameters}`
        : '') +
      '\n',
  );
} finally {
  await dataSource.destroy();
}
