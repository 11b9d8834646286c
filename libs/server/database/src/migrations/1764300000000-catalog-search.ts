import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The procedure catalog's search and guidance (issue #5): normalised search text on
 * municipalities and procedures (filled by the seeding, see apps/api/src/catalog/search-text.ts),
 * the life events residents browse by, and the "which procedures fit me" rules, all as data so
 * every replica searches and answers the same way. No extension (pg_trgm) is needed: the search
 * is ILIKE on already normalised text.
 */
export class CatalogSearch1764300000000 implements MigrationInterface {
  name = 'CatalogSearch1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE municipalities
        ADD COLUMN search_text text NOT NULL DEFAULT '';

      ALTER TABLE procedures
        ADD COLUMN search_text text NOT NULL DEFAULT '',
        ADD COLUMN search_title text NOT NULL DEFAULT '',
        ADD COLUMN life_events text[] NOT NULL DEFAULT '{}';
      CREATE INDEX procedures_life_events_idx ON procedures USING gin (life_events);

      CREATE TABLE life_events (
        id text PRIMARY KEY CHECK (id ~ '^[a-zA-Z]{1,40}$'),
        position integer NOT NULL,
        label jsonb NOT NULL,
        description jsonb NOT NULL,
        tags text[] NOT NULL CHECK (cardinality(tags) > 0)
      );

      CREATE TABLE procedure_finder_rules (
        id text PRIMARY KEY,
        position integer NOT NULL,
        procedure_id text NOT NULL,
        definition jsonb NOT NULL,
        checksum char(64) NOT NULL
      );
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE procedure_finder_rules;
      DROP TABLE life_events;
      DROP INDEX procedures_life_events_idx;
      ALTER TABLE procedures DROP COLUMN life_events, DROP COLUMN search_title, DROP COLUMN search_text;
      ALTER TABLE municipalities DROP COLUMN search_text;
    `);
  }
}
