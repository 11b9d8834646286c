import type { JobDefinition, JobPayload } from '@madoguchi/notifications-contracts';
import type { Job } from 'bullmq';
import { UnrecoverableError } from 'bullmq';

export type JobOutcome = 'done' | 'skipped';

/**
 * One handler per job of the contracts. It names its definition, and receives the payload that
 * definition's schema has already parsed: the dispatcher parses once, handlers never do.
 */
export type JobHandler<D extends JobDefinition = JobDefinition> = {
  readonly definition: D;
  handle(payload: JobPayload<D>, job: Job): Promise<JobOutcome>;
};

export const JOB_HANDLERS = Symbol('JOB_HANDLERS');

/**
 * A worker that dies (SIGKILL, OOM, lost node) holds its active jobs' locks until they expire:
 * 15 s locks (renewed every 7.5 s while a job runs) checked every 5 s hand them to another
 * worker within ~20 s instead of BullMQ's default ~60 s.
 */
export const STALLED_JOB_OPTIONS = { lockDuration: 15_000, stalledInterval: 5_000 } as const;

/**
 * Start-up check: every job of the contracts has exactly one handler, on the queue the contracts
 * name for it (a processor only runs its own queue's handlers), and no handler serves a job nobody
 * produces. A mistake here would otherwise show up as jobs failing in production.
 */
export function assertEveryJobHasOneHandler(
  definitions: readonly JobDefinition[],
  handlers: readonly JobHandler[],
): void {
  const problems: string[] = [];
  for (const definition of definitions) {
    const own = handlers.filter((handler) => handler.definition.name === definition.name);
    if (own.length !== 1) {
      problems.push(`job "${definition.name}" has ${own.length} handlers`);
    }
    for (const handler of own) {
      if (handler.definition.queue !== definition.queue) {
        problems.push(
          `job "${definition.name}" is handled on queue "${handler.definition.queue}", not "${definition.queue}"`,
        );
      }
    }
  }
  for (const handler of handlers) {
    if (!definitions.some((definition) => definition.name === handler.definition.name)) {
      problems.push(`handler for unknown job "${handler.definition.name}"`);
    }
  }
  if (problems.length > 0) {
    throw new Error(`Job handler registry is inconsistent: ${problems.join('; ')}`);
  }
}

/**
 * Finds the handler of the job name, parses the payload with its definition's schema, runs it and
 * logs the outcome. The payload is never logged, nor named in an error: it holds personal data.
 */
export async function dispatchJob(
  handlers: readonly JobHandler[],
  job: Job,
  logger: { log(message: unknown): void },
): Promise<JobOutcome> {
  const handler = handlers.find((candidate) => candidate.definition.name === job.name);
  if (!handler) {
    throw new UnrecoverableError(`no handler for job ${job.name}`);
  }
  const parsed = handler.definition.schema.safeParse(job.data);
  if (!parsed.success) {
    // A malformed payload will not improve with retries.
    throw new UnrecoverableError(`invalid ${job.name} payload`);
  }
  const outcome = await handler.handle(parsed.data, job);
  logger.log({ job: job.name, id: job.id, attempt: job.attemptsMade + 1, outcome });
  return outcome;
}
