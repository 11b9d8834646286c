import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What staff record of the municipality's decision with the step that completes an application
 * (要介護認定: 要介護度 and 認定有効期間), kept on the event so the history shows who recorded
 * what and when. Null for every other step and for applications completed before it existed.
 */
export class ApplicationEventDecisionRecord1765100000000 implements MigrationInterface {
  name = 'ApplicationEventDecisionRecord1765100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE application_events
        ADD COLUMN decision_record jsonb
          CONSTRAINT application_events_decision_record_object CHECK (decision_record IS NULL OR jsonb_typeof(decision_record) = 'object');
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE application_events DROP COLUMN decision_record;`);
  }
}
