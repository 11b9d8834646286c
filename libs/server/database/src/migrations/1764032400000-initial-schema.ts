import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The walking skeleton's tables. Every row that belongs to a municipality carries its code. */
export class InitialSchema1764032400000 implements MigrationInterface {
  name = 'InitialSchema1764032400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE municipalities (
        code char(6) PRIMARY KEY CHECK (code ~ '^[0-9]{6}$'),
        name jsonb NOT NULL,
        prefecture jsonb NOT NULL,
        contact jsonb,
        created_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE form_versions (
        procedure_id text NOT NULL,
        version integer NOT NULL CHECK (version > 0),
        definition jsonb NOT NULL,
        checksum char(64) NOT NULL,
        published_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (procedure_id, version)
      );

      CREATE TABLE procedures (
        municipality_code char(6) NOT NULL REFERENCES municipalities (code),
        procedure_id text NOT NULL,
        title jsonb NOT NULL,
        summary jsonb NOT NULL,
        category text NOT NULL,
        form_version integer NOT NULL,
        identity_level smallint NOT NULL,
        enabled boolean NOT NULL DEFAULT true,
        PRIMARY KEY (municipality_code, procedure_id),
        FOREIGN KEY (procedure_id, form_version) REFERENCES form_versions (procedure_id, version)
      );

      CREATE TABLE applications (
        id uuid PRIMARY KEY,
        municipality_code char(6) NOT NULL REFERENCES municipalities (code),
        procedure_id text NOT NULL,
        form_version integer NOT NULL,
        receipt_number text NOT NULL,
        resident_id text NOT NULL,
        applicant_name text NOT NULL,
        status text NOT NULL,
        answers jsonb NOT NULL,
        idempotency_key text,
        submitted_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        FOREIGN KEY (procedure_id, form_version) REFERENCES form_versions (procedure_id, version),
        CONSTRAINT applications_receipt_number_unique UNIQUE (municipality_code, receipt_number),
        CONSTRAINT applications_idempotency_unique UNIQUE (resident_id, idempotency_key)
      );
      CREATE INDEX applications_queue_idx ON applications (municipality_code, status, submitted_at);
      CREATE INDEX applications_resident_idx ON applications (resident_id, submitted_at DESC);

      CREATE TABLE application_events (
        id uuid PRIMARY KEY,
        application_id uuid NOT NULL REFERENCES applications (id),
        municipality_code char(6) NOT NULL,
        from_status text,
        to_status text NOT NULL,
        actor_kind text NOT NULL CHECK (actor_kind IN ('resident', 'staff', 'system')),
        actor_id text NOT NULL,
        comment text,
        message_to_resident text,
        occurred_at timestamptz NOT NULL
      );
      CREATE INDEX application_events_application_idx ON application_events (application_id, occurred_at);

      CREATE TABLE outbox (
        id bigserial PRIMARY KEY,
        municipality_code char(6) NOT NULL,
        job_name text NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        dispatched_at timestamptz
      );
      CREATE INDEX outbox_pending_idx ON outbox (id) WHERE dispatched_at IS NULL;

      CREATE TABLE audit_log (
        id bigserial PRIMARY KEY,
        municipality_code char(6) NOT NULL,
        actor_kind text NOT NULL,
        actor_id text NOT NULL,
        action text NOT NULL,
        target_type text NOT NULL,
        target_id text NOT NULL,
        detail jsonb NOT NULL DEFAULT '{}'::jsonb,
        occurred_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX audit_log_target_idx ON audit_log (target_type, target_id);

      CREATE TABLE notifications (
        id uuid PRIMARY KEY,
        municipality_code char(6) NOT NULL,
        recipient_id text NOT NULL,
        dedupe_key text NOT NULL UNIQUE,
        title jsonb NOT NULL,
        body jsonb NOT NULL,
        application_id uuid REFERENCES applications (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz
      );
      CREATE INDEX notifications_recipient_idx ON notifications (recipient_id, created_at DESC);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE notifications;
      DROP TABLE audit_log;
      DROP TABLE outbox;
      DROP TABLE application_events;
      DROP TABLE applications;
      DROP TABLE procedures;
      DROP TABLE form_versions;
      DROP TABLE municipalities;
    `);
  }
}
