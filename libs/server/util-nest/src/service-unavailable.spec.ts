import { isServiceUnavailable, serviceUnavailableException } from './service-unavailable.js';

describe(isServiceUnavailable.name, () => {
  it.each([
    [
      'a refused connection',
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
    ],
    [
      'a refused dual-stack connection',
      new AggregateError([Object.assign(new Error('refused'), { code: 'ECONNREFUSED' })], ''),
    ],
    [
      'a connection cut under a query (TypeORM)',
      Object.assign(new Error('Connection terminated unexpectedly'), {
        driverError: new Error('Connection terminated unexpectedly'),
      }),
    ],
    [
      'a server shutting down (57P01)',
      Object.assign(new Error('terminating connection due to administrator command'), {
        code: '57P01',
      }),
    ],
    [
      'a server starting up (57P03)',
      Object.assign(new Error('the database system is starting up'), { code: '57P03' }),
    ],
    [
      'a connection exception (08006)',
      Object.assign(new Error('connection failure'), { code: '08006' }),
    ],
    [
      'a Redis command past its retries',
      new Error(
        'Reached the max retries per request limit (which is 20). Refer to "maxRetriesPerRequest" option for details.',
      ),
    ],
    [
      'an error of another realm (a plain object)',
      { code: 'ECONNREFUSED', message: 'connect ECONNREFUSED' },
    ],
  ])('recognises %s', (_name, error) => {
    expect(isServiceUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation', Object.assign(new Error('duplicate key value'), { code: '23505' })],
    [
      'a statement timeout (busy, not down)',
      Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' }),
    ],
    ['a programming error', new TypeError('x is undefined')],
    ['a string', 'ECONNREFUSED'],
  ])('leaves %s alone', (_name, error) => {
    expect(isServiceUnavailable(error)).toBe(false);
  });

  it('answers 503 service_unavailable in ja, en and やさしい日本語', () => {
    const exception = serviceUnavailableException();

    expect(exception.status).toBe(503);
    expect(exception.toBody().error).toMatchObject({
      code: 'service_unavailable',
      message: { ja: expect.any(String), en: expect.any(String), easyJa: expect.any(String) },
    });
  });
});
