import type { Job } from 'bullmq';

export type JobOutcome = 'done' | 'skipped';

/** One handler per job name of the contracts; processors only dispatch to these. */
export type JobHandler = {
  readonly jobName: string;
  handle(job: Job<unknown>): Promise<JobOutcome>;
};

export const JOB_HANDLERS = Symbol('JOB_HANDLERS');

/**
 * Start-up check: every job of the contracts has exactly one handler, and no handler serves a
 * job nobody produces. A missing handler would otherwise show up as jobs failing in production.
 */
export function assertEveryJobHasOneHandler(jobNames: readonly string[], handlers: readonly JobHandler[]): void {
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
