import 'reflect-metadata';

import { createDataSourceOptions } from '@madoguchi/server-database';
import { DataSource } from 'typeorm';

import { fileStorageFromEnv } from '../attachments/file-storage.provider.js';
import { sweepOrphanAttachments } from '../attachments/orphan-attachment-sweep.js';
import { loadEnv } from '../config/env.js';
import {
  COUNTER_PENDING_RETENTION_MS,
  sweepStaleCounterConfirmations,
} from '../counter/stale-counter-sweep.js';
import { sweepStaleDrafts } from '../drafts/stale-draft-sweep.js';

/**
 * `npx nx run api:retention-sweep`: what residents started and left is not kept without a
 * purpose — drafts untouched for DRAFT_RETENTION_DAYS, then uploads no application took and no
 * draft refers to, older than ORPHAN_ATTACHMENT_RETENTION_HOURS (so a swept draft's files go in
 * the same run), and applications filled at the counter that the resident never confirmed, a
 * day after their last link expired. Run it daily (cron, a Kubernetes CronJob); overlapping runs are harmless.
 */
const env = loadEnv();
const dataSource = new DataSource(
  createDataSourceOptions({ url: env.DATABASE_URL, applicationName: 'madoguchi-retention-sweep' }),
);
await dataSource.initialize();
try {
  const now = Date.now();
  const draftsUpdatedBefore = new Date(now - env.DRAFT_RETENTION_DAYS * 86_400_000);
  const drafts = await sweepStaleDrafts(dataSource, { updatedBefore: draftsUpdatedBefore });
  const uploadedBefore = new Date(now - env.ORPHAN_ATTACHMENT_RETENTION_HOURS * 3600_000);
  const attachments = await sweepOrphanAttachments(dataSource, fileStorageFromEnv(env), {
    uploadedBefore,
  });
  const counterExpiredBefore = new Date(now - COUNTER_PENDING_RETENTION_MS);
  const counter = await sweepStaleCounterConfirmations(dataSource, {
    expiredBefore: counterExpiredBefore,
  });
  process.stdout.write(
    `retention: ${counter} counter applications never confirmed (links expired before ${counterExpiredBefore.toISOString()}) deleted; ` +
      `${drafts} drafts untouched since ${draftsUpdatedBefore.toISOString()} deleted; ` +
      `${attachments.deleted} unsubmitted uploads from before ${uploadedBefore.toISOString()} deleted` +
      (attachments.objectsNotDeleted > 0
        ? ` (${attachments.objectsNotDeleted} stored objects could not be deleted)`
        : '') +
      '\n',
  );
} finally {
  await dataSource.destroy();
}
