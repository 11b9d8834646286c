import 'reflect-metadata';

import {
  createDataSourceOptions,
  formatAuditChainReport,
  isAuditChainIntact,
  verifyAuditChain,
} from '@madoguchi/server-database';
import { DataSource } from 'typeorm';

import { loadEnv } from '../config/env.js';

/** The worker seals every few seconds: a row unsealed after this long means the sealer stopped. */
const DEFAULT_UNSEALED_AFTER_MINUTES = 10;

function parseUnsealedAfterMinutes(args: readonly string[]): number {
  let minutes = DEFAULT_UNSEALED_AFTER_MINUTES;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    const inline = /^--unsealed-after-minutes=(.*)$/.exec(arg);
    if (!inline && arg !== '--unsealed-after-minutes') {
      throw new Error(`Unknown argument "${arg}" (expected --unsealed-after-minutes=N)`);
    }
    const text = inline ? inline[1] : args[(index += 1)];
    minutes = Number(text);
    if (!Number.isInteger(minutes) || minutes < 0) {
      throw new Error(
        `--unsealed-after-minutes must be a whole number of minutes, not "${text ?? ''}"`,
      );
    }
  }
  return minutes;
}

/**
 * `npx nx run api:verify-audit [--unsealed-after-minutes=N]`: walks the audit chain by seq,
 * recomputes every link with the database's `audit_row_bytes` (the sealer's own definition) and
 * prints OK with the number of links and the head hash, or the first broken link (seq, audit id,
 * what differs); it also names audit rows older than N minutes (default 10) that no link seals.
 * Exits 1 on either. Runs as the owner of the tables (DATABASE_URL as for the migrations): a role
 * under row-level security would see only some municipalities' rows and is refused.
 */
const unsealedOlderThanMinutes = parseUnsealedAfterMinutes(process.argv.slice(2));
const env = loadEnv();
const dataSource = new DataSource(
  createDataSourceOptions({ url: env.DATABASE_URL, applicationName: 'madoguchi-verify-audit' }),
);
await dataSource.initialize();
try {
  const report = await verifyAuditChain(dataSource, { unsealedOlderThanMinutes });
  process.stdout.write(formatAuditChainReport(report));
  process.exitCode = isAuditChainIntact(report) ? 0 : 1;
} finally {
  await dataSource.destroy();
}
