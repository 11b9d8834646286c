import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One rule of the "which procedures fit me" questionnaire, seeded from
 * `seeds/catalog/procedure-finder-rules.json`. The definition (JSON Logic condition, reason
 * templates, deadline) is validated by the api when it is seeded and when it is loaded.
 */
@Entity({ name: 'procedure_finder_rules' })
export class ProcedureFinderRuleEntity {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ name: 'procedure_id', type: 'text' })
  procedureId!: string;

  @Column({ type: 'jsonb' })
  definition!: Record<string, unknown>;

  /** SHA-256 of the definition, so the api recompiles a rule only when it changed. */
  @Column({ type: 'char', length: 64 })
  checksum!: string;
}
