import type { Job } from 'bullmq';
import { UnrecoverableError } from 'bullmq';

export type JobOutcome = 'done' | 'skipped';

/** One handler per job name of the contracts; processors only dispatch to these. */
export type JobHandler = {
  readonly jobName: string;
  handle(job: Job<unknown>): Promise<JobOutcome>;
};

export const JOB_HANDLERS = Symbol('JOB_HANDLERS');

/**
 * A worker that dies (SIGKILL, OOM, lost node) holds its active jobs' locks until they expire:
 * 15 s locks (renewed every 7.5 s while a job runs) checked every 5 s hand them to another
 * worker within ~20 s instead of BullMQ's default ~60 s.
 */
export const STALLED_JOB_OPTIONS = { lockDuration: 15_000, stalledInterval: 5_000 } as const;

/**
 * Start-up check: every job of the contracts has exactly one handler, and no handler serves a
 * job nobody produces. A missing handler would otherwise show up as jobs failing in production.
 */
export function assertEveryJobHasOneHandler(
  jobNames: readonly string[],
  handlers: readonly JobHandler[],
): void {
  const problems: string[] = [];
  for (const name of jobNames) {
    const count = handlers.filter((handler) => handler.jobName === name).length;
    if (count !== 1) {
      problems.push(`job "${name}" has ${count} handlers`);
    }
  }
  for (const handler of handlers) {
    if (!jobNames.includes(handler.jobName)) {
      problems.push(`handler for unknown job "${handler.jobName}"`);
    }
  }
  if (problems.length > 0) {
    throw new Error(`Job handler registry is inconsistent: ${problems.join('; ')}`);
  }
}

/** What both processors do: find the handler of the job name, run it, log the outcome (never the payload). */
export async function dispatchJob(
  handlers: readonly JobHandler[],
  job: Job<unknown>,
  logger: { log(message: unknown): void },
): Promise<JobOutcome> {
  const handler = handlers.find((candidate) => candidate.jobName === job.name);
  if (!handler) {
    throw new UnrecoverableError(`no handler for job ${job.name}`);
  }
  const outcome = await handler.handle(job);
  logger.log({ job: job.name, id: job.id, attempt: job.attemptsMade + 1, outcome });
  return outcome;
}
