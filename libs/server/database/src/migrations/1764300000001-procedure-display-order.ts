import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The order a municipality lists its procedures in (its seed file's `procedures`), used to list
 * and to break ties between equally relevant search results (児童手当 認定請求 before 現況届).
 */
export class ProcedureDisplayOrder1764300000001 implements MigrationInterface {
  name = 'ProcedureDisplayOrder1764300000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE procedures ADD COLUMN display_order integer NOT NULL DEFAULT 0;`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE procedures DROP COLUMN display_order;`);
  }
}
