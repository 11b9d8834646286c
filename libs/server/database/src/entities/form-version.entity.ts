import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * A published version of a standard form (標準様式). Immutable: a change is a new version,
 * so every application can be read against the exact form it was filled in.
 */
@Entity({ name: 'form_versions' })
export class FormVersionEntity {
  @PrimaryColumn({ name: 'procedure_id', type: 'text' })
  procedureId!: string;

  @PrimaryColumn({ type: 'integer' })
  version!: number;

  @Column({ type: 'jsonb' })
  definition!: Record<string, unknown>;

  /** SHA-256 of the definition file, so re-seeding detects an edited published version. */
  @Column({ type: 'char', length: 64 })
  checksum!: string;

  @CreateDateColumn({ name: 'published_at', type: 'timestamptz' })
  publishedAt!: Date;
}
