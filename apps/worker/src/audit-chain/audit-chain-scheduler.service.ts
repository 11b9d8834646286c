import type { OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  AUDIT_CHAIN_SEAL_SCHEDULE,
  DEFAULT_JOB_OPTIONS,
  SEAL_AUDIT_CHAIN_JOB,
} from '@madoguchi/notifications-contracts';
import { Queue } from 'bullmq';

import type { WorkerEnv } from '../config/env.js';
import { WORKER_ENV } from '../infrastructure/tokens.js';

/** Fail-fast producer of the audit chain's queue. */
export const AUDIT_CHAIN_QUEUE = Symbol('AUDIT_CHAIN_QUEUE');

/**
 * Registers the sealer as a BullMQ job scheduler repeating every AUDIT_CHAIN_SEAL_INTERVAL_MS,
 * and seals once at start, so rows written while no worker ran are chained without waiting.
 * Upserting is idempotent: every replica does it and there is still one scheduler.
 */
@Injectable()
export class AuditChainScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(AuditChainScheduler.name);

  constructor(
    @Inject(AUDIT_CHAIN_QUEUE) private readonly queue: Queue,
    @Inject(WORKER_ENV) private readonly env: WorkerEnv,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.env.AUDIT_CHAIN_SEALER_ENABLED) {
      return;
    }
    try {
      await this.queue.add(
        SEAL_AUDIT_CHAIN_JOB.name,
        {},
        { ...DEFAULT_JOB_OPTIONS, jobId: `seal-on-start-${Date.now()}` },
      );
      await this.queue.upsertJobScheduler(
        AUDIT_CHAIN_SEAL_SCHEDULE.schedulerId,
        { every: this.env.AUDIT_CHAIN_SEAL_INTERVAL_MS },
        { name: SEAL_AUDIT_CHAIN_JOB.name, data: {}, opts: DEFAULT_JOB_OPTIONS },
      );
    } catch (error) {
      // Redis away at start-up: the rows wait in PostgreSQL (audit_chain_pending) and the next
      // start, or another replica, schedules the sealer; the verifier reports rows left unsealed.
      this.logger.warn(
        `audit chain sealer not scheduled: ${error instanceof Error ? error.message : 'unknown error'}`,
      );
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.queue.close();
  }
}
