import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Row-level security: the second wall behind the services' checks. The API runs each request
 * under the role `madoguchi_app` with `app.municipality_code` (staff, back-office keys) or
 * `app.resident_id` (residents) set for its transaction (TenantScope in apps/api); these policies
 * then hide and refuse every row of another municipality or resident, whatever the SQL says.
 * Migrations and seeding run as the owner and are not restricted; the API and the worker log in
 * as roles of their own (DatabaseRoles1765400000000).
 */
export class RowLevelSecurity1764900000000 implements MigrationInterface {
  name = 'RowLevelSecurity1764900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'madoguchi_app') THEN
          CREATE ROLE madoguchi_app NOLOGIN NOBYPASSRLS;
        END IF;
      END $$;
      GRANT USAGE ON SCHEMA public TO madoguchi_app;
      GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO madoguchi_app;
      GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO madoguchi_app;
      ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO madoguchi_app;
      ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO madoguchi_app;

      CREATE OR REPLACE FUNCTION app_municipality() RETURNS text LANGUAGE sql STABLE
        AS $$ SELECT nullif(current_setting('app.municipality_code', true), '') $$;
      CREATE OR REPLACE FUNCTION app_resident() RETURNS text LANGUAGE sql STABLE
        AS $$ SELECT nullif(current_setting('app.resident_id', true), '') $$;

      ALTER TABLE applications ENABLE ROW LEVEL SECURITY;
      CREATE POLICY tenant ON applications
        USING (municipality_code = app_municipality() OR resident_id = app_resident())
        WITH CHECK (municipality_code = app_municipality() OR resident_id = app_resident());

      ALTER TABLE application_events ENABLE ROW LEVEL SECURITY;
      CREATE POLICY tenant ON application_events
        USING (municipality_code = app_municipality()
          OR EXISTS (SELECT 1 FROM applications a WHERE a.id = application_id AND a.resident_id = app_resident()))
        WITH CHECK (municipality_code = app_municipality()
          OR EXISTS (SELECT 1 FROM applications a WHERE a.id = application_id AND a.resident_id = app_resident()));

      ALTER TABLE attachments ENABLE ROW LEVEL SECURITY;
      CREATE POLICY tenant ON attachments
        USING (municipality_code = app_municipality() OR resident_id = app_resident())
        WITH CHECK (municipality_code = app_municipality() OR resident_id = app_resident());

      ALTER TABLE drafts ENABLE ROW LEVEL SECURITY;
      CREATE POLICY tenant ON drafts
        USING (resident_id = app_resident())
        WITH CHECK (resident_id = app_resident());

      ALTER TABLE application_notes ENABLE ROW LEVEL SECURITY;
      CREATE POLICY tenant ON application_notes
        USING (municipality_code = app_municipality())
        WITH CHECK (municipality_code = app_municipality());

      ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
      CREATE POLICY tenant ON audit_log
        USING (municipality_code = app_municipality() OR (actor_kind = 'resident' AND actor_id = app_resident()))
        WITH CHECK (municipality_code = app_municipality() OR (actor_kind = 'resident' AND actor_id = app_resident()));

      ALTER TABLE notifications ENABLE ROW LEVEL SECURITY;
      CREATE POLICY tenant ON notifications
        USING (recipient_id = app_resident() OR municipality_code = app_municipality())
        WITH CHECK (recipient_id = app_resident() OR municipality_code = app_municipality());

      ALTER TABLE api_keys ENABLE ROW LEVEL SECURITY;
      CREATE POLICY tenant ON api_keys
        USING (municipality_code = app_municipality())
        WITH CHECK (municipality_code = app_municipality());

      ALTER TABLE staff_members ENABLE ROW LEVEL SECURITY;
      CREATE POLICY tenant ON staff_members
        USING (municipality_code = app_municipality())
        WITH CHECK (municipality_code = app_municipality());

      ALTER TABLE outbox ENABLE ROW LEVEL SECURITY;
      CREATE POLICY tenant ON outbox
        USING (municipality_code = app_municipality() OR payload ->> 'residentId' = app_resident())
        WITH CHECK (municipality_code = app_municipality() OR payload ->> 'residentId' = app_resident());
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP POLICY tenant ON outbox; ALTER TABLE outbox DISABLE ROW LEVEL SECURITY;
      DROP POLICY tenant ON staff_members; ALTER TABLE staff_members DISABLE ROW LEVEL SECURITY;
      DROP POLICY tenant ON api_keys; ALTER TABLE api_keys DISABLE ROW LEVEL SECURITY;
      DROP POLICY tenant ON notifications; ALTER TABLE notifications DISABLE ROW LEVEL SECURITY;
      DROP POLICY tenant ON audit_log; ALTER TABLE audit_log DISABLE ROW LEVEL SECURITY;
      DROP POLICY tenant ON application_notes; ALTER TABLE application_notes DISABLE ROW LEVEL SECURITY;
      DROP POLICY tenant ON drafts; ALTER TABLE drafts DISABLE ROW LEVEL SECURITY;
      DROP POLICY tenant ON attachments; ALTER TABLE attachments DISABLE ROW LEVEL SECURITY;
      DROP POLICY tenant ON application_events; ALTER TABLE application_events DISABLE ROW LEVEL SECURITY;
      DROP POLICY tenant ON applications; ALTER TABLE applications DISABLE ROW LEVEL SECURITY;
      DROP FUNCTION app_resident(); DROP FUNCTION app_municipality();
    `);
  }
}
