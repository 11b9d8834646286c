import { Column, Entity, PrimaryColumn } from 'typeorm';

import type { LocalizedText } from './column-types.js';

/**
 * A life event residents browse procedures by (妊娠・出産, 子育て, 介護, 引越し, 災害), seeded
 * from `seeds/catalog/life-events.json`. `tags` are the form-level life events it gathers.
 */
@Entity({ name: 'life_events' })
export class LifeEventEntity {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'jsonb' })
  label!: LocalizedText;

  @Column({ type: 'jsonb' })
  description!: LocalizedText;

  @Column({ type: 'text', array: true })
  tags!: string[];
}
