import type { JobDefinition } from '@madoguchi/notifications-contracts';
import { QUEUE_NAMES } from '@madoguchi/notifications-contracts';
import type { Job } from 'bullmq';
import { z } from 'zod';

import type { WorkerEnv } from '../config/env.js';
import type { JobHandler } from './job-handler.js';
import { QueueProcessor } from './queue-processor.js';

function handlerFor(name: string, queue: JobDefinition['queue']): JobHandler {
  return {
    definition: { queue, name, version: 1, schema: z.object({}) },
    handle: () => Promise.resolve('done'),
  };
}

class DeliveriesOnly extends QueueProcessor {
  protected readonly queue = QUEUE_NAMES.deliveries;

  protected concurrency(): number {
    return 1;
  }
}

describe(QueueProcessor.name, () => {
  const processor = new DeliveriesOnly(
    [handlerFor('status', QUEUE_NAMES.notifications), handlerFor('send', QUEUE_NAMES.deliveries)],
    {} as WorkerEnv,
  );
  const jobOf = (name: string) => ({ name, data: {}, id: '1', attemptsMade: 0 }) as Job;

  it('runs the jobs of its own queue', async () => {
    await expect(processor.process(jobOf('send'))).resolves.toBe('done');
  });

  it('refuses a job whose definition names another queue', async () => {
    await expect(processor.process(jobOf('status'))).rejects.toThrow('no handler for job status');
  });
});
