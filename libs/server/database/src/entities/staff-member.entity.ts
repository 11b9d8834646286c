import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A staff member seen at sign-in (recorded by a trigger on `sessions`); assignments name one. */
@Entity({ name: 'staff_members' })
export class StaffMemberEntity {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ name: 'municipality_code', type: 'char', length: 6 })
  municipalityCode!: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName!: string;

  @Column({ name: 'staff_role', type: 'text', nullable: true })
  staffRole!: string | null;

  @Column({ name: 'first_seen_at', type: 'timestamptz', default: () => 'now()' })
  firstSeenAt!: Date;

  @Column({ name: 'last_seen_at', type: 'timestamptz', default: () => 'now()' })
  lastSeenAt!: Date;
}
