import type { MigrationInterface, QueryRunner } from 'typeorm';

/** 一時保存: a resident's unfinished application, bound to the effective form version it was started in. */
export class Drafts1764700000000 implements MigrationInterface {
  name = 'Drafts1764700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE drafts (
        id uuid PRIMARY KEY,
        resident_id text NOT NULL,
        municipality_code char(6) NOT NULL,
        procedure_id text NOT NULL,
        form_version integer NOT NULL,
        answers jsonb NOT NULL DEFAULT '{}'::jsonb,
        step_id text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (municipality_code, procedure_id, form_version)
          REFERENCES effective_forms (municipality_code, procedure_id, version)
      );
      CREATE INDEX drafts_resident_idx ON drafts (resident_id, updated_at DESC);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE drafts');
  }
}
