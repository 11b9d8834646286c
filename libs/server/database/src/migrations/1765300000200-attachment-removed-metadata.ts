import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the upload took out of a file before storing it (`exif-gps`, `exif`, `xmp`: the location a
 * photo carried), so staff and an audit can tell the stored bytes differ from what the resident's
 * phone saved. Empty for files with nothing removed and for uploads from before it existed.
 */
export class AttachmentRemovedMetadata1765300000200 implements MigrationInterface {
  name = 'AttachmentRemovedMetadata1765300000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE attachments ADD COLUMN removed_metadata text[] NOT NULL DEFAULT '{}';`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE attachments DROP COLUMN removed_metadata;`);
  }
}
