import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Row-level security for the notification engine's tables (see RowLevelSecurity1764900000000):
 * a resident's request sees only their own preferences, contact, life records, reminders and
 * deliveries; staff only their municipality's deliveries (the dead-letter list), life records and
 * reminders. The worker reads them across municipalities through policies of its own role
 * (DatabaseRoles1765400000000).
 * Not here, on purpose: `push_subscriptions` (an endpoint is unique across residents: registering
 * one another resident holds must see that row to refuse it, which a policy would hide and turn
 * into an error) and `watch_relationships` (an invitation is accepted by someone who is not yet
 * on the row, by its token). Their repositories scope every statement by resident id.
 */
export class NotificationRowLevelSecurity1765000000002 implements MigrationInterface {
  name = 'NotificationRowLevelSecurity1765000000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE notification_deliveries ENABLE ROW LEVEL SECURITY;
      CREATE POLICY tenant ON notification_deliveries
        USING (municipality_code = app_municipality() OR recipient_id = app_resident())
        WITH CHECK (municipality_code = app_municipality() OR recipient_id = app_resident());

      ALTER TABLE reminder_occurrences ENABLE ROW LEVEL SECURITY;
      CREATE POLICY tenant ON reminder_occurrences
        USING (municipality_code = app_municipality() OR recipient_id = app_resident())
        WITH CHECK (municipality_code = app_municipality() OR recipient_id = app_resident());

      ALTER TABLE life_records ENABLE ROW LEVEL SECURITY;
      CREATE POLICY tenant ON life_records
        USING (municipality_code = app_municipality() OR resident_id = app_resident())
        WITH CHECK (municipality_code = app_municipality() OR resident_id = app_resident());

      ALTER TABLE notification_preferences ENABLE ROW LEVEL SECURITY;
      CREATE POLICY tenant ON notification_preferences
        USING (resident_id = app_resident())
        WITH CHECK (resident_id = app_resident());

      ALTER TABLE notification_contacts ENABLE ROW LEVEL SECURITY;
      CREATE POLICY tenant ON notification_contacts
        USING (resident_id = app_resident())
        WITH CHECK (resident_id = app_resident());
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP POLICY tenant ON notification_contacts; ALTER TABLE notification_contacts DISABLE ROW LEVEL SECURITY;
      DROP POLICY tenant ON notification_preferences; ALTER TABLE notification_preferences DISABLE ROW LEVEL SECURITY;
      DROP POLICY tenant ON life_records; ALTER TABLE life_records DISABLE ROW LEVEL SECURITY;
      DROP POLICY tenant ON reminder_occurrences; ALTER TABLE reminder_occurrences DISABLE ROW LEVEL SECURITY;
      DROP POLICY tenant ON notification_deliveries; ALTER TABLE notification_deliveries DISABLE ROW LEVEL SECURITY;
    `);
  }
}
