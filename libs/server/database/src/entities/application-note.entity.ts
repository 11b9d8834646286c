import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An internal note of staff on an application (内部メモ): never shown to the resident. */
@Entity({ name: 'application_notes' })
export class ApplicationNoteEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'application_id', type: 'uuid' })
  applicationId!: string;

  @Column({ name: 'municipality_code', type: 'char', length: 6 })
  municipalityCode!: string;

  @Column({ name: 'author_id', type: 'text' })
  authorId!: string;

  /** The author's display name when the note was written (staff members may leave). */
  @Column({ name: 'author_name', type: 'text' })
  authorName!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
