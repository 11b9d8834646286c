import 'reflect-metadata';

import { createDataSourceOptions } from '@madoguchi/server-database';
import { DataSource } from 'typeorm';

import { loadEnv } from '../config/env.js';
import {
  PersonalDataCipher,
  parsePersonalDataKeys,
} from '../personal-data/personal-data-cipher.js';
import {
  formatReencryptReport,
  parseReencryptArguments,
} from '../personal-data/reencrypt-cli-arguments.js';
import { reencryptPersonalData } from '../personal-data/reencrypt-personal-data.js';

/**
 * `npx nx run api:reencrypt [--dry-run] [--batch-size=500]`: re-seals every sealed value under
 * PERSONAL_DATA_ACTIVE_KEY_ID in the current envelope format (bound to its record), after a key
 * rotation or an upgrade from format 1. Prints counts only, never a value; exits 1 when a value
 * did not open (docs/how-to/rotate-personal-data-keys.md says what to do then).
 */
const options = parseReencryptArguments(process.argv.slice(2));
const env = loadEnv();
const cipher = new PersonalDataCipher(
  parsePersonalDataKeys(env.PERSONAL_DATA_KEYS),
  env.PERSONAL_DATA_ACTIVE_KEY_ID,
  { opensFormat1: env.PERSONAL_DATA_OPEN_FORMAT_1 },
);
const dataSource = new DataSource(
  createDataSourceOptions({ url: env.DATABASE_URL, applicationName: 'madoguchi-reencrypt' }),
);
await dataSource.initialize();
try {
  const report = await reencryptPersonalData(dataSource, cipher, options);
  process.stdout.write(formatReencryptReport(report));
  const unreadable = Object.values(report.tables).reduce(
    (sum, table) => sum + table.unreadable.length,
    0,
  );
  process.exitCode = unreadable > 0 ? 1 : 0;
} finally {
  await dataSource.destroy();
}
