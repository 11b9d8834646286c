import { Column, Entity, PrimaryColumn } from 'typeorm';

/** 見守り: a watcher (family member, care manager) receiving a resident's care notifications. */
@Entity({ name: 'watch_relationships' })
export class WatchRelationshipEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'resident_id', type: 'text' })
  residentId!: string;

  @Column({ name: 'resident_name', type: 'text' })
  residentName!: string;

  @Column({ name: 'watcher_id', type: 'text', nullable: true })
  watcherId!: string | null;

  @Column({ name: 'watcher_name', type: 'text', nullable: true })
  watcherName!: string | null;

  @Column({ name: 'invitee_label', type: 'text' })
  inviteeLabel!: string;

  @Column({ type: 'text' })
  relationship!: string;

  @Column({ name: 'invitation_code_hash', type: 'char', length: 64 })
  invitationCodeHash!: string;

  @Column({ type: 'text' })
  status!: string;

  @Column({ name: 'consented_at', type: 'timestamptz' })
  consentedAt!: Date;

  @Column({ name: 'invited_at', type: 'timestamptz', default: () => 'now()' })
  invitedAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt!: Date | null;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt!: Date | null;

  @Column({ name: 'ended_by', type: 'text', nullable: true })
  endedBy!: string | null;
}
