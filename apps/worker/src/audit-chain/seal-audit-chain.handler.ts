import { Inject, Injectable, Logger } from '@nestjs/common';
import { SEAL_AUDIT_CHAIN_JOB } from '@madoguchi/notifications-contracts';

import type { WorkerEnv } from '../config/env.js';
import type { JobHandler, JobOutcome } from '../infrastructure/job-handler.js';
import { WORKER_ENV } from '../infrastructure/tokens.js';
import { AuditChainRepository } from './audit-chain.repository.js';

/**
 * One job seals at most this many batches; a longer backlog (the first start on a large history,
 * a worker long down) goes on in the next jobs, so no job runs for minutes.
 */
const MAX_BATCHES_PER_JOB = 20;

/**
 * Seals what is waiting, batch after batch (each its own transaction under the sealer's advisory
 * lock), until a batch comes back short. Sealing is asynchronous on purpose: the audited
 * transactions take no lock of the chain, so a surge of submissions is never serialised by it.
 */
@Injectable()
export class SealAuditChainHandler implements JobHandler<typeof SEAL_AUDIT_CHAIN_JOB> {
  readonly definition = SEAL_AUDIT_CHAIN_JOB;
  private readonly logger = new Logger(SealAuditChainHandler.name);

  constructor(
    private readonly auditChain: AuditChainRepository,
    @Inject(WORKER_ENV) private readonly env: WorkerEnv,
  ) {}

  async handle(): Promise<JobOutcome> {
    const sealed = await this.sealPending();
    return sealed > 0 ? 'done' : 'skipped';
  }

  /** Seals the rows waiting now (up to MAX_BATCHES_PER_JOB batches); returns how many. */
  async sealPending(): Promise<number> {
    const batchSize = this.env.AUDIT_CHAIN_SEAL_BATCH_SIZE;
    let total = 0;
    for (let batch = 0; batch < MAX_BATCHES_PER_JOB; batch += 1) {
      const sealed = await this.auditChain.seal(batchSize);
      total += sealed;
      if (sealed < batchSize) {
        break;
      }
    }
    if (total > 0) {
      this.logger.debug({ auditRowsSealed: total });
    }
    return total;
  }
}
