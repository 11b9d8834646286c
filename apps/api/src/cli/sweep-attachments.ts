import 'reflect-metadata';

import { createDataSourceOptions } from '@madoguchi/server-database';
import { DataSource } from 'typeorm';

import { fileStorageFromEnv } from '../attachments/file-storage.provider.js';
import { sweepOrphanAttachments } from '../attachments/orphan-attachment-sweep.js';
import { loadEnv } from '../config/env.js';

/**
 * `npx nx run api:sweep-attachments`: deletes uploads no application took and no draft refers
 * to, older than ORPHAN_ATTACHMENT_RETENTION_HOURS. Run it daily (a cron job or a Kubernetes
 * CronJob; one run at a time is enough, two are harmless).
 */
const env = loadEnv();
const dataSource = new DataSource(createDataSourceOptions({ url: env.DATABASE_URL, applicationName: 'madoguchi-sweep-attachments' }));
await dataSource.initialize();
try {
  const uploadedBefore = new Date(Date.now() - env.ORPHAN_ATTACHMENT_RETENTION_HOURS * 3600_000);
  const report = await sweepOrphanAttachments(dataSource, fileStorageFromEnv(env), { uploadedBefore });
  process.stdout.write(
    `attachments: ${report.deleted} unsubmitted uploads deleted (uploaded before ${uploadedBefore.toISOString()})` +
      (report.objectsNotDeleted > 0 ? `; ${report.objectsNotDeleted} stored objects could not be deleted` : '') +
      '\n',
  );
} finally {
  await dataSource.destroy();
}
