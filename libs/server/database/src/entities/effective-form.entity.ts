import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A municipality's effective form: a standard form version with its overlay applied. Immutable. */
@Entity({ name: 'effective_forms' })
export class EffectiveFormEntity {
  @PrimaryColumn({ name: 'municipality_code', type: 'char', length: 6 })
  municipalityCode!: string;

  @PrimaryColumn({ name: 'procedure_id', type: 'text' })
  procedureId!: string;

  @PrimaryColumn({ type: 'integer' })
  version!: number;

  @Column({ name: 'base_version', type: 'integer' })
  baseVersion!: number;

  /** SHA-256 of the overlay file; null when the municipality publishes the standard form as is. */
  @Column({ name: 'overlay_checksum', type: 'char', length: 64, nullable: true })
  overlayChecksum!: string | null;

  @Column({ type: 'jsonb' })
  definition!: Record<string, unknown>;

  @Column({ name: 'published_at', type: 'timestamptz', default: () => 'now()' })
  publishedAt!: Date;

  /** 施行日 (YYYY-MM-DD, a day in Japan): new drafts get this version from that day on. */
  @Column({
    name: 'effective_from',
    type: 'date',
    default: () => "((now() AT TIME ZONE 'Asia/Tokyo')::date)",
  })
  effectiveFrom!: string;

  /** The overlay this version was built from (null: the standard form as is, or seeded before #12). */
  @Column({ type: 'jsonb', nullable: true })
  overlay!: Record<string, unknown> | null;
}
