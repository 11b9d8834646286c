import { Column, Entity, PrimaryColumn } from 'typeorm';

import type { JsonObject } from './column-types.js';

/** A signed-in resident or staff member; the cookie holds the id, this table only its hash. */
@Entity({ name: 'sessions' })
export class SessionEntity {
  @PrimaryColumn({ name: 'id_hash', type: 'char', length: 64 })
  idHash!: string;

  @Column({ type: 'jsonb' })
  actor!: JsonObject;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;
}
