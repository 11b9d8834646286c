import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A municipality's unpublished overlay of a procedure's form (the administrator's work in progress). */
@Entity({ name: 'overlay_drafts' })
export class OverlayDraftEntity {
  @PrimaryColumn({ name: 'municipality_code', type: 'char', length: 6 })
  municipalityCode!: string;

  @PrimaryColumn({ name: 'procedure_id', type: 'text' })
  procedureId!: string;

  /** As the administrator saved it: valid against the form engine's overlay format. */
  @Column({ type: 'jsonb' })
  overlay!: Record<string, unknown>;

  @Column({ name: 'updated_by', type: 'text' })
  updatedBy!: string;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
