import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A file a resident uploaded for an attachment slot (添付書類) of a form version. The bytes live in
 * the file storage under `storageKey`; the row records what the server measured and detected.
 * `applicationId` is set in the submission's transaction; until then only the owner can see it.
 */
@Entity({ name: 'attachments' })
export class AttachmentEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'resident_id', type: 'text' })
  residentId!: string;

  @Column({ name: 'municipality_code', type: 'char', length: 6 })
  municipalityCode!: string;

  @Column({ name: 'procedure_id', type: 'text' })
  procedureId!: string;

  @Column({ name: 'form_version', type: 'integer' })
  formVersion!: number;

  @Column({ name: 'slot_id', type: 'text' })
  slotId!: string;

  @Column({ name: 'application_id', type: 'uuid', nullable: true })
  applicationId!: string | null;

  /** Server-made key (never derived from the file name). */
  @Column({ name: 'storage_key', type: 'text' })
  storageKey!: string;

  /** The uploaded name, sanitised (NFC, no paths or control characters, length-limited). */
  @Column({ name: 'file_name', type: 'text' })
  fileName!: string;

  /** Detected from the bytes, never taken from the client's Content-Type. */
  @Column({ name: 'mime_type', type: 'text' })
  mimeType!: string;

  @Column({ type: 'integer' })
  bytes!: number;

  /** Of the stored bytes, after `removedMetadata` was taken out. */
  @Column({ type: 'char', length: 64 })
  sha256!: string;

  /** What the upload removed before storing (`exif-gps`, `exif`, `xmp`); empty when nothing. */
  @Column({ name: 'removed_metadata', type: 'text', array: true, default: () => "'{}'" })
  removedMetadata!: string[];

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
