import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

import type { JsonObject } from './column-types.js';

/** Append-only trail of who did what to which record (個人情報保護: アクセスの記録). */
@Entity({ name: 'audit_log' })
export class AuditLogEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'municipality_code', type: 'char', length: 6 })
  municipalityCode!: string;

  @Column({ name: 'actor_kind', type: 'text' })
  actorKind!: 'resident' | 'staff' | 'system';

  @Column({ name: 'actor_id', type: 'text' })
  actorId!: string;

  @Column({ type: 'text' })
  action!: string;

  @Column({ name: 'target_type', type: 'text' })
  targetType!: string;

  @Column({ name: 'target_id', type: 'text' })
  targetId!: string;

  /** Never holds a 個人番号 or other sensitive values. */
  @Column({ type: 'jsonb', default: () => `'{}'::jsonb` })
  detail!: JsonObject;

  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'now()' })
  occurredAt!: Date;
}
