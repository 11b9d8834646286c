import type { OnModuleInit } from '@nestjs/common';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Gauge } from 'prom-client';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';

import { MetricsService } from '../observability/metrics.service.js';
import { DASHBOARD_QUEUES } from './queue-dashboard.js';

/**
 * Notification metrics on /api/metrics, read when Prometheus scrapes: queue depth by state
 * (BullMQ), deliveries by channel and status and the dead-letter count (last 24 h), re-sends of
 * deliveries left in doubt by a crashed worker, and the
 * delivery latency — from the moment a delivery was due (after quiet hours) to sent — as p50/p95
 * over the last hour. Read from the shared stores, so every API replica reports the same values.
 */
@Injectable()
export class NotificationMetrics implements OnModuleInit {
  constructor(
    private readonly metrics: MetricsService,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(DASHBOARD_QUEUES) private readonly queues: Queue[],
  ) {}

  onModuleInit(): void {
    const registers = [this.metrics.registry];
    const queues = this.queues;
    // Platform-wide figures, read across municipalities through the owner's view
    // `notification_delivery_figures` (no recipient, target or payload column): row-level
    // security shows the API's own role no delivery outside a request.
    const dataSource = this.dataSource;
    new Gauge({
      name: 'madoguchi_queue_jobs',
      help: 'BullMQ jobs by queue and state',
      labelNames: ['queue', 'state'] as const,
      registers,
      async collect() {
        this.reset();
        for (const queue of queues) {
          try {
            const counts = await queue.getJobCounts(
              'wait',
              'active',
              'delayed',
              'failed',
              'prioritized',
              'waiting-children',
            );
            for (const [state, count] of Object.entries(counts)) {
              this.set({ queue: queue.name, state }, count);
            }
          } catch {
            // Redis away: no queue figures in this scrape (the outbox keeps the work).
          }
        }
      },
    });
    new Gauge({
      name: 'madoguchi_notification_deliveries',
      help: 'Notification deliveries created in the last 24 h, by channel and status',
      labelNames: ['channel', 'status'] as const,
      registers,
      async collect() {
        const rows: { channel: string; status: string; count: number }[] = await dataSource.query(
          `SELECT channel, status, count(*)::int AS count FROM notification_delivery_figures
            WHERE created_at > now() - interval '24 hours' GROUP BY channel, status`,
        );
        this.reset();
        for (const row of rows) {
          this.set({ channel: row.channel, status: row.status }, row.count);
        }
      },
    });
    new Gauge({
      name: 'madoguchi_notification_dead_letters',
      help: 'Deliveries that failed for good and wait for staff (all time)',
      registers,
      async collect() {
        const [row]: { count: number }[] = await dataSource.query(
          `SELECT count(*)::int AS count FROM notification_delivery_figures WHERE status = 'permanent_failure'`,
        );
        this.set(row?.count ?? 0);
      },
    });
    new Gauge({
      name: 'madoguchi_notification_in_doubt_resends',
      help: 'Deliveries created in the last 24 h that were sent again because a worker died while sending them',
      registers,
      async collect() {
        const [row]: { count: number }[] = await dataSource.query(
          `SELECT coalesce(sum(in_doubt_resends), 0)::int AS count FROM notification_delivery_figures
            WHERE created_at > now() - interval '24 hours' AND in_doubt_resends > 0`,
        );
        this.set(row?.count ?? 0);
      },
    });
    new Gauge({
      name: 'madoguchi_notification_delivery_latency_seconds',
      help: 'Seconds from due (not_before) to sent, over deliveries sent in the last hour',
      labelNames: ['channel', 'quantile'] as const,
      registers,
      async collect() {
        const rows: { channel: string; p50: number | null; p95: number | null }[] =
          await dataSource.query(
            `SELECT channel,
                  percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM sent_at - not_before)) AS p50,
                  percentile_cont(0.95) WITHIN GROUP (ORDER BY extract(epoch FROM sent_at - not_before)) AS p95
             FROM notification_delivery_figures
            WHERE status = 'sent' AND channel <> 'in_app' AND sent_at > now() - interval '1 hour'
              -- bounds the read by the created_at index: quiet hours and retries delay a send by a day at most
              -- (a staff retry of an older dead letter is left out of this figure)
              AND created_at > now() - interval '2 days'
            GROUP BY channel`,
          );
        this.reset();
        for (const row of rows) {
          this.set({ channel: row.channel, quantile: '0.5' }, row.p50 ?? 0);
          this.set({ channel: row.channel, quantile: '0.95' }, row.p95 ?? 0);
        }
      },
    });
  }
}
