import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One submitted version of an application's answers, kept as it was stored (sensitive values
 * sealed): version 1 is the submission, each 再送信 after a 補正依頼 adds the next, so staff can
 * see what the resident changed and nothing a resident sent is ever overwritten.
 */
@Entity({ name: 'application_answer_versions' })
export class ApplicationAnswerVersionEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'application_id', type: 'uuid' })
  applicationId!: string;

  @Column({ name: 'municipality_code', type: 'char', length: 6 })
  municipalityCode!: string;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'jsonb' })
  answers!: Record<string, unknown>;

  /**
   * The answer paths this version changed from the one before, compared in clear on the
   * normalised answers when it was submitted (sealed values cannot be compared later).
   */
  @Column({ name: 'changed_paths', type: 'jsonb', default: () => `'[]'::jsonb` })
  changedPaths!: string[];

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt!: Date;
}
