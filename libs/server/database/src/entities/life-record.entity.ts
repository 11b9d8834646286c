import { Column, Entity, PrimaryColumn } from 'typeorm';

import type { JsonObject } from './column-types.js';

/** A fact of a resident's life that reminders count from (a pregnancy, a child, a care certification). */
@Entity({ name: 'life_records' })
export class LifeRecordEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'municipality_code', type: 'char', length: 6 })
  municipalityCode!: string;

  @Column({ name: 'resident_id', type: 'text' })
  residentId!: string;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'jsonb' })
  fields!: JsonObject;

  @Column({ name: 'source_key', type: 'text' })
  sourceKey!: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
