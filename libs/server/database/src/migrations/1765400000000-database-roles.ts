import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The processes stop connecting as the owner of the tables (who is never subject to row-level
 * security and may alter or drop anything): only the migrations, seeding and operator commands
 * keep the owner's credentials.
 *
 * - `madoguchi_api` logs in for the API. It is a member of `madoguchi_app`, the role each request
 *   switches to with its tenant settings (TenantScope), and has that role's table rights; outside
 *   a request's scope (sign-in, the public catalog) row-level security shows it no tenant's rows.
 * - `madoguchi_worker` logs in for the worker, which works for every municipality: a policy of
 *   its own on the tables it reads across tenants, and rights on only those tables (no drafts,
 *   attachments, staff, keys, sessions, notes or audit log). A table added later is the API's by
 *   default privilege and the worker's only when its migration grants it.
 * - The audit log becomes append-only for the API: rows are added, never changed or removed.
 * - The two things the API must do before it knows the municipality run as the owner, in
 *   functions that do only that: recording a staff member at sign-in (the trigger on sessions)
 *   and finding a back-office key by its hash (and noting its use). The platform's delivery
 *   figures for /api/metrics come from a view of the owner with no personal column.
 *
 * The roles are created without a password: the operator sets one (or a client certificate) for
 * each, or creates them beforehand; an owner without CREATEROLE then finds them here already.
 */
export class DatabaseRoles1765400000000 implements MigrationInterface {
  name = 'DatabaseRoles1765400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'madoguchi_api') THEN
          CREATE ROLE madoguchi_api LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
        END IF;
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'madoguchi_worker') THEN
          CREATE ROLE madoguchi_worker LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
        END IF;
        EXECUTE format('GRANT CONNECT ON DATABASE %I TO madoguchi_api, madoguchi_worker', current_database());
      END $$;

      GRANT madoguchi_app TO madoguchi_api;
      REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM madoguchi_app;

      ALTER FUNCTION record_staff_member() SECURITY DEFINER SET search_path = public, pg_temp;

      CREATE FUNCTION authenticate_api_key(p_key_hash text)
        RETURNS TABLE (id uuid, municipality_code char(6), scopes jsonb)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
        AS $$ SELECT k.id, k.municipality_code, k.scopes FROM api_keys k
               WHERE k.key_hash = p_key_hash AND k.revoked_at IS NULL $$;
      CREATE FUNCTION touch_api_key(p_id uuid) RETURNS void
        LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
        AS $$ UPDATE api_keys SET last_used_at = now()
               WHERE id = p_id AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute') $$;
      REVOKE EXECUTE ON FUNCTION authenticate_api_key(text), touch_api_key(uuid) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION authenticate_api_key(text), touch_api_key(uuid) TO madoguchi_app;

      CREATE VIEW notification_delivery_figures AS
        SELECT channel, status, created_at, not_before, sent_at, in_doubt_resends
          FROM notification_deliveries;
      GRANT SELECT ON notification_delivery_figures TO madoguchi_app;

      GRANT USAGE ON SCHEMA public TO madoguchi_worker;
      GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO madoguchi_worker;
      GRANT SELECT ON municipalities, procedures, applications, application_events,
        watch_relationships, notification_preferences TO madoguchi_worker;
      GRANT SELECT, UPDATE ON outbox, push_subscriptions TO madoguchi_worker;
      GRANT SELECT, INSERT, UPDATE ON notifications, notification_deliveries, notification_contacts,
        email_confirmations, life_records, reminder_occurrences TO madoguchi_worker;

      CREATE POLICY worker ON applications FOR SELECT TO madoguchi_worker USING (true);
      CREATE POLICY worker ON application_events FOR SELECT TO madoguchi_worker USING (true);
      CREATE POLICY worker ON outbox TO madoguchi_worker USING (true) WITH CHECK (true);
      CREATE POLICY worker ON notifications TO madoguchi_worker USING (true) WITH CHECK (true);
      CREATE POLICY worker ON notification_deliveries TO madoguchi_worker USING (true) WITH CHECK (true);
      CREATE POLICY worker ON notification_contacts TO madoguchi_worker USING (true) WITH CHECK (true);
      CREATE POLICY worker ON notification_preferences FOR SELECT TO madoguchi_worker USING (true);
      CREATE POLICY worker ON life_records TO madoguchi_worker USING (true) WITH CHECK (true);
      CREATE POLICY worker ON reminder_occurrences TO madoguchi_worker USING (true) WITH CHECK (true);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP POLICY worker ON reminder_occurrences;
      DROP POLICY worker ON life_records;
      DROP POLICY worker ON notification_preferences;
      DROP POLICY worker ON notification_contacts;
      DROP POLICY worker ON notification_deliveries;
      DROP POLICY worker ON notifications;
      DROP POLICY worker ON outbox;
      DROP POLICY worker ON application_events;
      DROP POLICY worker ON applications;
      REVOKE ALL ON ALL TABLES IN SCHEMA public FROM madoguchi_worker;
      REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM madoguchi_worker;
      REVOKE USAGE ON SCHEMA public FROM madoguchi_worker;
      DROP VIEW notification_delivery_figures;
      DROP FUNCTION touch_api_key(uuid);
      DROP FUNCTION authenticate_api_key(text);
      ALTER FUNCTION record_staff_member() SECURITY INVOKER;
      GRANT UPDATE, DELETE, TRUNCATE ON audit_log TO madoguchi_app;
      REVOKE madoguchi_app FROM madoguchi_api;
    `);
  }
}
