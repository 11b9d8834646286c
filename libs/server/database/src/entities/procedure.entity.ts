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

  /** 標準処理期間 in business days, from the form definition (or the municipality's overlay). */
  @Column({ name: 'standard_processing_days', type: 'integer', nullable: true })
  standardProcessingDays!: number | null;

  /**
   * The stages that approve a drafted decision, in order (e.g. 係長 then 課長): each a role, or a
   * role with the stage's title ({ role, title: { ja, en } }); read with `toApprovalStages`.
   */
  @Column({ name: 'approval_chain', type: 'jsonb', default: () => `'["approver"]'::jsonb` })
  approvalChain!: (string | { role: string; title: { ja: string; en: string } })[];

  /**
   * Normalised (NFKC, lower case, katakana folded to hiragana) title, summary and keywords in
   * every language, for ILIKE search; `searchTitle` holds the titles alone, to rank them first.
   */
  @Column({ name: 'search_text', type: 'text', default: '' })
  searchText!: string;

  @Column({ name: 'search_title', type: 'text', default: '' })
  searchTitle!: string;

  /** The form's life events (pregnancy, childbirth, childRaising, care, moving, disaster). */
  @Column({ name: 'life_events', type: 'text', array: true, default: () => "'{}'" })
  lifeEvents!: string[];

  /** Position in the municipality's list of procedures (its seed file's order). */
  @Column({ name: 'display_order', type: 'integer', default: 0 })
  displayOrder!: number;
}
