import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The 本人確認レベル the resident's session had when they submitted (1 自己申告, 2 本人確認書類,
 * 3 マイナンバーカード), kept with the application: staff see how the applicant proved who they
 * are, not only what the procedure required. Older rows and applications filled at the counter
 * (whose evidence is the counter's own check) have none.
 */
export class ApplicationSubmitterIdentityLevel1765500000600 implements MigrationInterface {
  name = 'ApplicationSubmitterIdentityLevel1765500000600';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE applications ADD COLUMN submitter_identity_level smallint
         CHECK (submitter_identity_level BETWEEN 1 AND 3)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE applications DROP COLUMN submitter_identity_level');
  }
}
