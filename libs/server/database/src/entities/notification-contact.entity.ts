import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Where a resident wants e-mail notifications (set on the settings page). */
@Entity({ name: 'notification_contacts' })
export class NotificationContactEntity {
  @PrimaryColumn({ name: 'resident_id', type: 'text' })
  residentId!: string;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
