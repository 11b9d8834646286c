import 'reflect-metadata';

import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { demoSourceKey } from '@madoguchi/notifications-domain';
import type { IsoDate } from '@madoguchi/shared-util-dates';
import { addPeriod, japanDateOf } from '@madoguchi/shared-util-dates';
import { createDataSourceOptions } from '@madoguchi/server-database';
import { DataSource } from 'typeorm';
import { z } from 'zod';

import { loadWorkerEnv } from '../config/env.js';

const periodSchema = z
  .object({
    years: z.number().int().optional(),
    months: z.number().int().optional(),
    days: z.number().int().optional(),
  })
  .strict();
const fieldSchema = z.union([z.string(), z.object({ fromToday: periodSchema }).strict()]);
const demoFileSchema = z.object({
  description: z.string().optional(),
  contacts: z.array(z.object({ residentId: z.string(), email: z.email() })),
  records: z.array(
    z.object({
      key: z.string().regex(/^[a-z0-9-]+$/),
      residentId: z.string(),
      municipalityCode: z.string().regex(/^[0-9]{6}$/),
      kind: z.enum(['pregnancy', 'child', 'care_certification', 'person']),
      fields: z.record(z.string(), fieldSchema),
    }),
  ),
});

function resolveField(value: z.infer<typeof fieldSchema>, today: IsoDate): string {
  return typeof value === 'string' ? value : addPeriod(today, value.fromToday);
}

/**
 * Loads `seeds/demo/life-records*.json` (demo residents' life records and e-mail contacts),
 * idempotently: records keep their source key, so re-running updates their dates. Development only.
 */
export async function seedDemoNotifications(
  dataSource: DataSource,
  seedsDir: string,
  today: IsoDate,
): Promise<{ records: number; contacts: number }> {
  const file = demoFileSchema.parse(
    JSON.parse(readFileSync(join(seedsDir, 'demo', 'life-records.json'), 'utf8')),
  );
  for (const record of file.records) {
    const fields = Object.fromEntries(
      Object.entries(record.fields).map(([name, value]) => [name, resolveField(value, today)]),
    );
    await dataSource.query(
      `INSERT INTO life_records (id, municipality_code, resident_id, kind, fields, source_key) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (source_key) DO UPDATE SET fields = EXCLUDED.fields, municipality_code = EXCLUDED.municipality_code`,
      [
        randomUUID(),
        record.municipalityCode,
        record.residentId,
        record.kind,
        JSON.stringify(fields),
        demoSourceKey(record.key),
      ],
    );
  }
  for (const contact of file.contacts) {
    await dataSource.query(
      `INSERT INTO notification_contacts (resident_id, email) VALUES ($1, $2) ON CONFLICT (resident_id) DO NOTHING`,
      [contact.residentId, contact.email],
    );
    // Demo data only: the fictional accounts' addresses count as confirmed (double opt-in is
    // what a resident does on the settings page; the local mail sink shows that mail).
    await dataSource.query(
      `INSERT INTO email_confirmations (id, owner_id, owner_kind, email, confirmed_at)
       SELECT $1, c.resident_id, 'resident', c.email, now() FROM notification_contacts c
        WHERE c.resident_id = $2 AND c.email IS NOT NULL
       ON CONFLICT (owner_id) WHERE superseded_at IS NULL DO NOTHING`,
      [randomUUID(), contact.residentId],
    );
  }
  return { records: file.records.length, contacts: file.contacts.length };
}

const env = loadWorkerEnv();
const dataSource = new DataSource(
  createDataSourceOptions({
    url: env.DATABASE_URL,
    applicationName: 'madoguchi-seed-demo',
    poolSize: 1,
  }),
);
await dataSource.initialize();
try {
  const result = await seedDemoNotifications(dataSource, env.SEEDS_DIR, japanDateOf(new Date()));
  process.stdout.write(`demo life records: ${result.records}, contacts: ${result.contacts}\n`);
} finally {
  await dataSource.destroy();
}
