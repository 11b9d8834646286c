import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notification-rule parameters edited per municipality (issue #12): the ages of its 乳幼児健診,
 * lead days, channels… as `municipalRuleParametersSchema` (notifications-domain) describes them,
 * one row per municipality with a version for optimistic concurrency. The worker's daily scan and
 * the API read the current row (seeds/notification-rules/municipalities/ stay the defaults of a
 * municipality without one; the seed command imports them once and never overwrites an edit).
 *
 * `retired_keys` holds, per rule, the occurrence keys an edit removed: a key is part of the
 * once-only delivery key, so a removed one is never taken again (checkOccurrenceKeys).
 *
 * Row-level security: staff write and read their own municipality's row only; a resident's
 * request reads any row (a resident's records may be with several municipalities, and the
 * schedules are what each municipality publishes, no personal data); the worker reads every row.
 */
export class ReminderRuleParameters1765500001300 implements MigrationInterface {
  name = 'ReminderRuleParameters1765500001300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE reminder_rule_parameters (
        municipality_code char(6) PRIMARY KEY REFERENCES municipalities (code),
        parameters jsonb NOT NULL,
        retired_keys jsonb NOT NULL DEFAULT '{}',
        version integer NOT NULL CHECK (version >= 1),
        updated_by text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (parameters ->> 'municipalityCode' = municipality_code)
      );
      ALTER TABLE reminder_rule_parameters ENABLE ROW LEVEL SECURITY;
      CREATE POLICY tenant ON reminder_rule_parameters
        USING (municipality_code = app_municipality())
        WITH CHECK (municipality_code = app_municipality());
      CREATE POLICY resident_read ON reminder_rule_parameters FOR SELECT
        USING (app_resident() IS NOT NULL);
      GRANT SELECT, INSERT, UPDATE ON reminder_rule_parameters TO madoguchi_app;

      GRANT SELECT ON reminder_rule_parameters TO madoguchi_worker;
      CREATE POLICY worker ON reminder_rule_parameters FOR SELECT TO madoguchi_worker USING (true);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE reminder_rule_parameters');
  }
}
