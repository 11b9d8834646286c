import type { JobDefinition, QueueName } from '@madoguchi/notifications-contracts';
import { QUEUE_NAMES } from '@madoguchi/notifications-contracts';
import type { Job } from 'bullmq';
import { UnrecoverableError } from 'bullmq';
import { z } from 'zod';

import type { JobHandler } from './job-handler.js';
import { assertEveryJobHasOneHandler, dispatchJob } from './job-handler.js';

function definitionOf(name: string, queue: QueueName = QUEUE_NAMES.notifications): JobDefinition {
  return {
    queue,
    name,
    version: 1,
    schema: z.object({ residentId: z.string(), batch: z.number().default(0) }),
  };
}

function handlerFor(definition: JobDefinition): JobHandler & { payloads: unknown[] } {
  const payloads: unknown[] = [];
  return {
    definition,
    payloads,
    handle: (payload) => {
      payloads.push(payload);
      return Promise.resolve('done');
    },
  };
}

function jobOf(name: string, data: unknown): Job {
  return { name, data, id: '1', attemptsMade: 0 } as Job;
}

const A = definitionOf('a');
const B = definitionOf('b', QUEUE_NAMES.deliveries);

describe(assertEveryJobHasOneHandler.name, () => {
  it('accepts one handler per job', () => {
    expect(() => assertEveryJobHasOneHandler([A, B], [handlerFor(A), handlerFor(B)])).not.toThrow();
  });

  it('refuses a job without a handler', () => {
    expect(() => assertEveryJobHasOneHandler([A, B], [handlerFor(A)])).toThrow(
      'job "b" has 0 handlers',
    );
  });

  it('refuses two handlers for one job', () => {
    expect(() => assertEveryJobHasOneHandler([A], [handlerFor(A), handlerFor(A)])).toThrow(
      'job "a" has 2 handlers',
    );
  });

  it('refuses a handler on another queue than the contracts name', () => {
    expect(() =>
      assertEveryJobHasOneHandler([A], [handlerFor(definitionOf('a', QUEUE_NAMES.deliveries))]),
    ).toThrow('job "a" is handled on queue "notification-deliveries", not "notifications"');
  });

  it('refuses a handler for a job nobody produces', () => {
    expect(() => assertEveryJobHasOneHandler([A], [handlerFor(A), handlerFor(B)])).toThrow(
      'handler for unknown job "b"',
    );
  });
});

describe(dispatchJob.name, () => {
  const logger = { log: (): void => undefined };

  it('hands the handler the payload parsed once by its definition', async () => {
    const handler = handlerFor(A);

    const outcome = await dispatchJob([handler], jobOf('a', { residentId: 'r1' }), logger);

    expect(outcome).toBe('done');
    expect(handler.payloads).toEqual([{ residentId: 'r1', batch: 0 }]);
  });

  it('fails an invalid payload for good, without naming its content', async () => {
    const handler = handlerFor(A);

    const dispatch = dispatchJob(
      [handler],
      jobOf('a', { residentId: '山田太郎', batch: 'x' }),
      logger,
    );

    await expect(dispatch).rejects.toThrow(UnrecoverableError);
    await expect(dispatch).rejects.not.toThrow('山田太郎');
    expect(handler.payloads).toEqual([]);
  });

  it('fails a job without a handler for good', async () => {
    await expect(dispatchJob([handlerFor(A)], jobOf('b', {}), logger)).rejects.toThrow(
      'no handler for job b',
    );
  });
});
