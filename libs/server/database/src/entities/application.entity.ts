import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'applications' })
export class ApplicationEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'municipality_code', type: 'char', length: 6 })
  municipalityCode!: string;

  @Column({ name: 'procedure_id', type: 'text' })
  procedureId!: string;

  /** The municipality's effective form version the resident filled in. */
  @Column({ name: 'form_version', type: 'integer' })
  formVersion!: number;

  /** The standard form version under it (標準様式の版), for back-office systems. */
  @Column({ name: 'base_form_version', type: 'integer' })
  baseFormVersion!: number;

  /** 受付番号: unique per municipality. */
  @Column({ name: 'receipt_number', type: 'text' })
  receiptNumber!: string;

  @Column({ name: 'resident_id', type: 'text' })
  residentId!: string;

  @Column({ name: 'applicant_name', type: 'text' })
  applicantName!: string;

  @Column({ type: 'text' })
  status!: string;

  @Column({ type: 'jsonb' })
  answers!: Record<string, unknown>;

  @Column({ name: 'idempotency_key', type: 'text', nullable: true })
  idempotencyKey!: string | null;

  /** SHA-256 of the submission body sent with the Idempotency-Key: a retry must send the same. */
  @Column({ name: 'idempotency_body_hash', type: 'text', nullable: true })
  idempotencyBodyHash!: string | null;

  /** Receipt time recorded by the server: the legally relevant arrival time. */
  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  /** Due date (YYYY-MM-DD) from the 標準処理期間 in business days. */
  @Column({ name: 'due_date', type: 'date', nullable: true })
  dueDate!: string | null;

  @Column({ name: 'assignee_id', type: 'text', nullable: true })
  assigneeId!: string | null;

  @Column({ name: 'correction_fields', type: 'jsonb', default: () => `'[]'::jsonb` })
  correctionFields!: string[];

  /** While 補正依頼: the office's message per flagged field path, where it gave one. */
  @Column({ name: 'correction_messages', type: 'jsonb', default: () => `'{}'::jsonb` })
  correctionMessages!: Record<string, string>;

  @Column({ name: 'pending_decision', type: 'text', nullable: true })
  pendingDecision!: 'completed' | 'rejected' | null;

  @Column({ name: 'decision_drafted_by', type: 'text', nullable: true })
  decisionDraftedBy!: string | null;

  /** Approvals of the current round: cleared when an approver sends the draft back. */
  @Column({ type: 'jsonb', default: () => `'[]'::jsonb` })
  approvals!: { actorId: string; role: string }[];

  /** 書かない窓口: the staff member who filled the application at the counter (null: the resident did). */
  @Column({ name: 'filled_by_staff_id', type: 'text', nullable: true })
  filledByStaffId!: string | null;

  /** Their display name on that day. */
  @Column({ name: 'filled_by_staff_name', type: 'text', nullable: true })
  filledByStaffName!: string | null;

  /** The 本人確認レベル of the resident's session at submission (null: older rows, counter). */
  @Column({ name: 'submitter_identity_level', type: 'smallint', nullable: true })
  submitterIdentityLevel!: number | null;

  /** How the resident's identity was checked at the counter: the application's identity evidence. */
  @Column({ name: 'counter_identity_check', type: 'jsonb', nullable: true })
  counterIdentityCheck!: {
    method: 'my_number_card' | 'drivers_license' | 'other';
    note: string;
  } | null;

  /** Where the resident confirmed what staff filled: the counter's second screen or the QR link. */
  @Column({ name: 'confirmed_via', type: 'text', nullable: true })
  confirmedVia!: 'counter_screen' | 'qr' | null;

  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true })
  confirmedAt!: Date | null;
}
