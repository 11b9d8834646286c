import { randomUUID } from 'node:crypto';

import type { TestDatabase } from '@madoguchi/server-database/testing';
import { APPLICATION_STATUS_CHANGED_JOB } from '@madoguchi/notifications-contracts';

/** Minimal rows the foreign keys need: a municipality, a form version, a procedure. */
export async function insertMunicipality(
  database: TestDatabase,
  procedureId = 'care-need-certification',
  category = 'care',
): Promise<void> {
  await database.dataSource.query(`
    INSERT INTO municipalities (code, name, prefecture) VALUES ('131016', '{"ja":"千代田区","en":"Chiyoda"}', '{"ja":"東京都","en":"Tokyo"}')
      ON CONFLICT DO NOTHING;`);
  await database.dataSource.query(
    `INSERT INTO form_versions (procedure_id, version, definition, checksum) VALUES ($1, 1, '{}', repeat('0', 64)) ON CONFLICT DO NOTHING`,
    [procedureId],
  );
  await database.dataSource.query(
    `INSERT INTO effective_forms (municipality_code, procedure_id, version, base_version, definition)
     VALUES ('131016', $1, 1, 1, '{}') ON CONFLICT DO NOTHING`,
    [procedureId],
  );
  await database.dataSource.query(
    `INSERT INTO procedures (municipality_code, procedure_id, title, summary, category, form_version, identity_level)
     VALUES ('131016', $1, '{"ja":"要介護認定","en":"Care","easyJa":"かいご"}', '{"ja":"","en":"","easyJa":""}', $2, 1, 2) ON CONFLICT DO NOTHING`,
    [procedureId, category],
  );
}

export async function insertApplication(
  database: TestDatabase,
  residentId: string,
  answers: Record<string, unknown> = {},
  procedureId = 'care-need-certification',
): Promise<string> {
  const applicationId = randomUUID();
  await database.dataSource.query(
    `INSERT INTO applications (id, municipality_code, procedure_id, form_version, base_form_version, receipt_number, resident_id,
       applicant_name, status, answers, submitted_at, updated_at)
     VALUES ($1, '131016', $2, 1, 1, $3, $4, '鈴木 一郎', 'submitted', $5, now(), now())`,
    [
      applicationId,
      procedureId,
      `R${applicationId.slice(0, 7).toUpperCase()}`,
      residentId,
      JSON.stringify(answers),
    ],
  );
  return applicationId;
}

/** Writes the outbox row of a status change, as the API does in the change's transaction. */
/**
 * A status change as the API writes it: the event (with the office's message and a decision
 * record, when given) and its outbox row (ids and labels only).
 */
export async function insertStatusChange(
  database: TestDatabase,
  applicationId: string,
  residentId: string,
  toStatus: string,
  event: {
    messageToResident?: string | null;
    decisionRecord?: unknown;
    fromStatus?: string | null;
    occurredAt?: string;
  } = {},
): Promise<string> {
  const eventId = randomUUID();
  const fromStatus = event.fromStatus ?? null;
  await database.dataSource.query(
    `INSERT INTO application_events (id, application_id, municipality_code, from_status, to_status, actor_kind, actor_id, message_to_resident, decision_record, occurred_at)
     VALUES ($1, $2, '131016', $3, $4, 'staff', 'staff-1', $5, $6, COALESCE($7::timestamptz, now()))`,
    [
      eventId,
      applicationId,
      fromStatus,
      toStatus,
      event.messageToResident ?? null,
      event.decisionRecord === undefined || event.decisionRecord === null
        ? null
        : JSON.stringify(event.decisionRecord),
      event.occurredAt ?? null,
    ],
  );
  await database.dataSource.query(
    `INSERT INTO outbox (municipality_code, job_name, payload) VALUES ('131016', $1, $2)`,
    [
      APPLICATION_STATUS_CHANGED_JOB.name,
      JSON.stringify({
        eventId,
        applicationId,
        municipalityCode: '131016',
        residentId,
        receiptNumber: 'K7QF-3XMA',
        procedureTitle: {
          ja: '要介護認定',
          en: 'Care-need certification',
          easyJa: 'かいごの にんてい',
        },
        fromStatus,
        toStatus,
      }),
    ],
  );
  return eventId;
}

export async function insertPushSubscription(
  database: TestDatabase,
  residentId: string,
  subscription: { endpoint: string; keys: { p256dh: string; auth: string } },
): Promise<string> {
  const id = randomUUID();
  await database.dataSource.query(
    `INSERT INTO push_subscriptions (id, resident_id, endpoint, p256dh, auth) VALUES ($1, $2, $3, $4, $5)`,
    [id, residentId, subscription.endpoint, subscription.keys.p256dh, subscription.keys.auth],
  );
  return id;
}

export async function setPreferences(
  database: TestDatabase,
  residentId: string,
  preferences: unknown,
): Promise<void> {
  await database.dataSource.query(
    `INSERT INTO notification_preferences (resident_id, preferences) VALUES ($1, $2)
     ON CONFLICT (resident_id) DO UPDATE SET preferences = EXCLUDED.preferences`,
    [residentId, JSON.stringify(preferences)],
  );
}

/** Quiet hours off, so tests that are not about them send at once whatever the time of day. */
export const ALWAYS_PREFERENCES = {
  locale: 'ja',
  categories: {
    application: { isEnabled: true, webPush: true, email: true },
    childcare: { isEnabled: true, webPush: true, email: true },
    care: { isEnabled: true, webPush: true, email: true },
  },
  quietHours: { start: '00:00', end: '00:00' },
  digestThreshold: 10,
};

export async function insertLifeRecord(
  database: TestDatabase,
  residentId: string,
  kind: 'pregnancy' | 'child' | 'care_certification' | 'person',
  fields: Record<string, string>,
  municipalityCode = '142069',
): Promise<string> {
  const id = randomUUID();
  await database.dataSource.query(
    `INSERT INTO life_records (id, municipality_code, resident_id, kind, fields, source_key) VALUES ($1, $2, $3, $4, $5, $6)`,
    [id, municipalityCode, residentId, kind, JSON.stringify(fields), `test:${id}`],
  );
  return id;
}

export async function insertActiveWatch(
  database: TestDatabase,
  residentId: string,
  residentName: string,
  watcherId: string,
): Promise<void> {
  await database.dataSource.query(
    `INSERT INTO watch_relationships (id, resident_id, resident_name, watcher_id, watcher_name, invitee_label, relationship,
       invitation_code_hash, status, consented_at, expires_at, accepted_at)
     VALUES ($1, $2, $3, $4, 'watcher', '長男', 'family', $5, 'active', now(), now() + interval '7 days', now())`,
    [
      randomUUID(),
      residentId,
      residentName,
      watcherId,
      randomUUID().replaceAll('-', '').padEnd(64, '0'),
    ],
  );
}
