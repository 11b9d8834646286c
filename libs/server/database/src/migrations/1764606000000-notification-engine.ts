import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The notification engine (issue #6): per-channel deliveries with status, attempts and a
 * dead-letter state; residents' preferences, contacts and Web Push subscriptions; life records
 * and the (recipient, rule, occurrence) key that makes every reminder go out once; 見守り.
 * Residents have no table yet: everything is keyed by the session's resident id.
 */
export class NotificationEngine1764606000000 implements MigrationInterface {
  name = 'NotificationEngine1764606000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE notifications
        ADD COLUMN category text NOT NULL DEFAULT 'application' CHECK (category IN ('application', 'childcare', 'care')),
        ADD COLUMN url text;

      CREATE TABLE notification_deliveries (
        id uuid PRIMARY KEY,
        municipality_code char(6) NOT NULL,
        recipient_id text NOT NULL,
        notification_id uuid REFERENCES notifications (id),
        category text NOT NULL CHECK (category IN ('application', 'childcare', 'care')),
        channel text NOT NULL CHECK (channel IN ('in_app', 'web_push', 'email')),
        -- in_app: the notification id; web_push: the subscription id; email: the address
        target text NOT NULL,
        dedupe_key text NOT NULL,
        -- the rendered message in the recipient's language: {title, body, url}
        payload jsonb NOT NULL,
        status text NOT NULL CHECK (status IN ('scheduled', 'queued', 'sent', 'temporary_failure', 'permanent_failure', 'skipped')),
        attempts integer NOT NULL DEFAULT 0,
        -- staff retries from the dead-letter list start a new round (a new BullMQ job id)
        round integer NOT NULL DEFAULT 0,
        last_error text,
        not_before timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        queued_at timestamptz,
        sent_at timestamptz,
        failed_at timestamptz,
        CONSTRAINT notification_deliveries_dedupe_unique UNIQUE (dedupe_key)
      );
      CREATE INDEX notification_deliveries_due_idx ON notification_deliveries (not_before) WHERE status = 'scheduled';
      CREATE INDEX notification_deliveries_dead_idx ON notification_deliveries (municipality_code, failed_at DESC) WHERE status = 'permanent_failure';
      CREATE INDEX notification_deliveries_recipient_idx ON notification_deliveries (recipient_id, created_at DESC);

      CREATE TABLE notification_preferences (
        resident_id text PRIMARY KEY,
        preferences jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE notification_contacts (
        resident_id text PRIMARY KEY,
        email text CHECK (email IS NULL OR length(email) <= 254),
        updated_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE push_subscriptions (
        id uuid PRIMARY KEY,
        resident_id text NOT NULL,
        endpoint text NOT NULL,
        p256dh text NOT NULL,
        auth text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_success_at timestamptz,
        disabled_at timestamptz,
        disabled_reason text,
        CONSTRAINT push_subscriptions_endpoint_unique UNIQUE (endpoint)
      );
      CREATE INDEX push_subscriptions_resident_idx ON push_subscriptions (resident_id) WHERE disabled_at IS NULL;

      CREATE TABLE life_records (
        id uuid PRIMARY KEY,
        municipality_code char(6) NOT NULL,
        resident_id text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('pregnancy', 'child', 'care_certification', 'person')),
        -- dates (birthDate, dueDate, expiryDate, …) and a display name; never a 個人番号
        fields jsonb NOT NULL,
        -- where it came from: application:<id>:<n> or seed:<id>; one record per source
        source_key text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT life_records_source_unique UNIQUE (source_key)
      );
      CREATE INDEX life_records_scan_idx ON life_records (municipality_code, resident_id);

      CREATE TABLE reminder_occurrences (
        recipient_id text NOT NULL,
        rule_id text NOT NULL,
        occurrence_key text NOT NULL,
        municipality_code char(6) NOT NULL,
        due_on date NOT NULL,
        notification_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (recipient_id, rule_id, occurrence_key)
      );

      CREATE TABLE watch_relationships (
        id uuid PRIMARY KEY,
        resident_id text NOT NULL,
        resident_name text NOT NULL,
        watcher_id text,
        watcher_name text,
        invitee_label text NOT NULL,
        relationship text NOT NULL CHECK (relationship IN ('family', 'care_manager')),
        invitation_code_hash char(64) NOT NULL,
        status text NOT NULL CHECK (status IN ('invited', 'active', 'ended')),
        consented_at timestamptz NOT NULL,
        invited_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        ended_at timestamptz,
        ended_by text,
        CONSTRAINT watch_relationships_code_unique UNIQUE (invitation_code_hash),
        CHECK (watcher_id IS NULL OR watcher_id <> resident_id)
      );
      CREATE INDEX watch_relationships_resident_idx ON watch_relationships (resident_id) WHERE status = 'active';
      CREATE INDEX watch_relationships_watcher_idx ON watch_relationships (watcher_id) WHERE status = 'active';
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE watch_relationships;
      DROP TABLE reminder_occurrences;
      DROP TABLE life_records;
      DROP TABLE push_subscriptions;
      DROP TABLE notification_contacts;
      DROP TABLE notification_preferences;
      DROP TABLE notification_deliveries;
      ALTER TABLE notifications DROP COLUMN url, DROP COLUMN category;
    `);
  }
}
