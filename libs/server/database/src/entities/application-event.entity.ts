import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One status change of an application: who, when, why, and what the resident was told. */
@Entity({ name: 'application_events' })
export class ApplicationEventEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'application_id', type: 'uuid' })
  applicationId!: string;

  @Column({ name: 'municipality_code', type: 'char', length: 6 })
  municipalityCode!: string;

  @Column({ name: 'from_status', type: 'text', nullable: true })
  fromStatus!: string | null;

  @Column({ name: 'to_status', type: 'text' })
  toStatus!: string;

  @Column({ name: 'actor_kind', type: 'text' })
  actorKind!: 'resident' | 'staff' | 'system';

  @Column({ name: 'actor_id', type: 'text' })
  actorId!: string;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  @Column({ name: 'message_to_resident', type: 'text', nullable: true })
  messageToResident!: string | null;

  /**
   * What staff recorded of the decision with this step (e.g. the 認定結果 of a 要介護認定): a
   * `DecisionRecord` of @madoguchi/procedures-domain, validated by the api before it is written.
   */
  @Column({ name: 'decision_record', type: 'jsonb', nullable: true })
  decisionRecord!: Record<string, string> | null;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;
}
