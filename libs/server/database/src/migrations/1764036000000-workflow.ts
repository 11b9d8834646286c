import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Workflow: due dates, assignment, correction requests and the approval chain. */
export class Workflow1764036000000 implements MigrationInterface {
  name = 'Workflow1764036000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE procedures
        ADD COLUMN standard_processing_days integer,
        ADD COLUMN approval_chain jsonb NOT NULL DEFAULT '["approver"]'::jsonb;

      ALTER TABLE applications
        ADD COLUMN due_date date,
        ADD COLUMN assignee_id text,
        ADD COLUMN correction_fields jsonb NOT NULL DEFAULT '[]'::jsonb,
        ADD COLUMN pending_decision text CHECK (pending_decision IN ('completed', 'rejected')),
        ADD COLUMN decision_drafted_by text,
        ADD COLUMN approvals jsonb NOT NULL DEFAULT '[]'::jsonb;
      CREATE INDEX applications_due_idx ON applications (municipality_code, due_date) WHERE due_date IS NOT NULL;
      CREATE INDEX applications_assignee_idx ON applications (municipality_code, assignee_id);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP INDEX applications_assignee_idx;
      DROP INDEX applications_due_idx;
      ALTER TABLE applications
        DROP COLUMN approvals, DROP COLUMN decision_drafted_by, DROP COLUMN pending_decision,
        DROP COLUMN correction_fields, DROP COLUMN assignee_id, DROP COLUMN due_date;
      ALTER TABLE procedures DROP COLUMN approval_chain, DROP COLUMN standard_processing_days;
    `);
  }
}
