import { loadWorkerEnv } from './env.js';

describe(loadWorkerEnv.name, () => {
  it('takes the empty VAPID keys of .env.example as the development pair', () => {
    const env = loadWorkerEnv({ VAPID_PUBLIC_KEY: '', VAPID_PRIVATE_KEY: '' });

    expect(env.VAPID_PUBLIC_KEY).toMatch(/^B/);
    expect(env.VAPID_PRIVATE_KEY.length).toBeGreaterThan(20);
  });

  it('refuses the development VAPID pair in production', () => {
    expect(() => loadWorkerEnv({ NODE_ENV: 'production', VAPID_PRIVATE_KEY: '' })).toThrow('VAPID_PRIVATE_KEY');
  });
});
