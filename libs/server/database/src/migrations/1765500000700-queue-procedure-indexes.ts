import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The work queue filtered by procedure (issue #12), in its keyset order (submitted_at, id).
 *
 * With only (municipality_code, submitted_at, id) the planner walked the municipality's
 * applications in order and discarded those of other procedures and statuses: quick for a common
 * combination, but a rare one (no open application of a procedure in a city of 700,000) read every
 * row of the municipality before answering "none" (p95 377 ms).
 *
 * - (municipality_code, procedure_id, status, submitted_at, id): one procedure and one status is
 *   a range of this index in the page's order, the keyset condition an index condition. The
 *   repository reads several statuses as one such range each and merges them.
 * - (municipality_code, procedure_id, submitted_at, id): a procedure without a status filter,
 *   however few applications it has.
 */
export class QueueProcedureIndexes1765500000700 implements MigrationInterface {
  name = 'QueueProcedureIndexes1765500000700';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE INDEX applications_queue_procedure_status_idx
        ON applications (municipality_code, procedure_id, status, submitted_at, id);
      CREATE INDEX applications_queue_procedure_idx
        ON applications (municipality_code, procedure_id, submitted_at, id);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP INDEX applications_queue_procedure_idx;
      DROP INDEX applications_queue_procedure_status_idx;
    `);
  }
}
