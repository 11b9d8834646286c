import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Requests of one bucket (e.g. `login:<hashed address>`) in one fixed window, shared by every replica. */
@Entity({ name: 'rate_limit_counters' })
export class RateLimitCounterEntity {
  @PrimaryColumn({ type: 'text' })
  bucket!: string;

  @PrimaryColumn({ name: 'window_start', type: 'timestamptz' })
  windowStart!: Date;

  @Column({ type: 'integer' })
  hits!: number;
}
