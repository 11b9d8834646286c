import { loadWorkerEnv } from '../config/env.js';
import type { AuditChainRepository } from './audit-chain.repository.js';
import { SealAuditChainHandler } from './seal-audit-chain.handler.js';

/** A stand-in for seal_audit_chain: `waiting` rows, sealed at most `maxRows` per call. */
function sealerOf(waiting: number): { repository: AuditChainRepository; calls: number[] } {
  const calls: number[] = [];
  let left = waiting;
  const repository = {
    seal: (maxRows: number) => {
      const sealed = Math.min(left, maxRows);
      left -= sealed;
      calls.push(sealed);
      return Promise.resolve(sealed);
    },
  } as unknown as AuditChainRepository;
  return { repository, calls };
}

const env = loadWorkerEnv({ NODE_ENV: 'test', AUDIT_CHAIN_SEAL_BATCH_SIZE: '100' });

describe(SealAuditChainHandler.name, () => {
  it('seals batch after batch until one comes back short', async () => {
    const { repository, calls } = sealerOf(250);

    const outcome = await new SealAuditChainHandler(repository, env).handle();

    expect(outcome).toBe('done');
    expect(calls).toEqual([100, 100, 50]);
  });

  it('asks once more after a full last batch, and skips when nothing waits', async () => {
    const exact = sealerOf(200);
    const none = sealerOf(0);

    expect(await new SealAuditChainHandler(exact.repository, env).sealPending()).toBe(200);
    expect(exact.calls).toEqual([100, 100, 0]);
    expect(await new SealAuditChainHandler(none.repository, env).handle()).toBe('skipped');
  });

  it('leaves a long backlog to the next jobs after 20 batches', async () => {
    const { repository, calls } = sealerOf(100_000);

    expect(await new SealAuditChainHandler(repository, env).sealPending()).toBe(2000);
    expect(calls).toHaveLength(20);
  });
});
