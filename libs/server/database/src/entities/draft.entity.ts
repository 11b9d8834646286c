import { Column, Entity, PrimaryColumn } from 'typeorm';

/** 一時保存: answers saved step by step; sensitive values are sealed like in applications. */
@Entity({ name: 'drafts' })
export class DraftEntity {
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

  @Column({ type: 'jsonb' })
  answers!: Record<string, unknown>;

  @Column({ name: 'step_id', type: 'text', nullable: true })
  stepId!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
