import type { JobHandler } from './job-handler.js';
import { assertEveryJobHasOneHandler } from './job-handler.js';

function handlerFor(jobName: string): JobHandler {
  return { jobName, handle: () => Promise.resolve('done') };
}

describe(assertEveryJobHasOneHandler.name, () => {
  it('accepts one handler per job', () => {
    expect(() =>
      assertEveryJobHasOneHandler(['a', 'b'], [handlerFor('a'), handlerFor('b')]),
    ).not.toThrow();
  });

  it('refuses a job without a handler', () => {
    expect(() => assertEveryJobHasOneHandler(['a', 'b'], [handlerFor('a')])).toThrow(
      'job "b" has 0 handlers',
    );
  });

  it('refuses two handlers for one job', () => {
    expect(() => assertEveryJobHasOneHandler(['a'], [handlerFor('a'), handlerFor('a')])).toThrow(
      'job "a" has 2 handlers',
    );
  });
});
