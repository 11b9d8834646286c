import { isDatabaseBusy, serviceBusyException } from './database-busy.js';

function withCode(message: string, code: string): Error {
  return Object.assign(new Error(message), { code });
}

describe(isDatabaseBusy.name, () => {
  it.each([
    [
      'a pool that gave no connection in time',
      new Error('timeout exceeded when trying to connect'),
    ],
    [
      'a connection attempt that timed out',
      new Error('Connection terminated due to connection timeout'),
    ],
    [
      'a statement past statement_timeout',
      withCode('canceling statement due to statement timeout', '57014'),
    ],
    [
      'a TypeORM QueryFailedError of one',
      Object.assign(new Error('canceling statement'), { driverError: { code: '57014' } }),
    ],
    [
      'a session ended by idle_in_transaction_session_timeout',
      withCode('terminating connection', '25P03'),
    ],
  ])('is true for %s', (_name, error) => {
    expect(isDatabaseBusy(error)).toBe(true);
  });

  it.each([
    ['a unique violation', withCode('duplicate key value', '23505')],
    ['any other error', new Error('something else')],
    ['a non-error', 'timeout exceeded when trying to connect'],
  ])('is false for %s', (_name, error) => {
    expect(isDatabaseBusy(error)).toBe(false);
  });
});

describe(serviceBusyException.name, () => {
  it('is a retryable 503 with messages in ja, en and やさしい日本語', () => {
    const exception = serviceBusyException();

    expect(exception.status).toBe(503);
    expect(exception.toBody().error).toMatchObject({
      code: 'service_busy',
      message: { ja: expect.any(String), en: expect.any(String), easyJa: expect.any(String) },
    });
  });
});
