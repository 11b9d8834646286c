import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

import type { JsonObject } from './column-types.js';

/**
 * Transactional outbox: written in the same transaction as the change it announces, moved to
 * BullMQ by the relay afterwards. Submissions therefore succeed while Redis is down.
 */
@Entity({ name: 'outbox' })
export class OutboxMessageEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'municipality_code', type: 'char', length: 6 })
  municipalityCode!: string;

  @Column({ name: 'job_name', type: 'text' })
  jobName!: string;

  @Column({ type: 'jsonb' })
  payload!: JsonObject;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'dispatched_at', type: 'timestamptz', nullable: true })
  dispatchedAt!: Date | null;

  /** Set by the job's handler in its own transaction; unset long after dispatch: relayed again. */
  @Column({ name: 'processed_at', type: 'timestamptz', nullable: true })
  processedAt!: Date | null;
}
