import { Column, Entity, PrimaryColumn } from 'typeorm';

import type { LocalizedText } from './column-types.js';

/** A procedure that a municipality accepts, bound to the form version it currently publishes. */
@Entity({ name: 'procedures' })
export class ProcedureEntity {
  @PrimaryColumn({ name: 'municipality_code', type: 'char', length: 6 })
  municipalityCode!: string;

  @PrimaryColumn({ name: 'procedure_id', type: 'text' })
  procedureId!: string;

  @Column({ type: 'jsonb' })
  title!: LocalizedText;

  @Column({ type: 'jsonb' })
  summary!: LocalizedText;

  @Column({ type: 'text' })
  category!: string;

  @Column({ name: 'form_version', type: 'integer' })
  formVersion!: number;

  @Column({ name: 'identity_level', type: 'smallint' })
  identityLevel!: number;

  @Column({ type: 'boolean', default: true })
  enabled!: boolean;
}
