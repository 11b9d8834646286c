import { loadDemoIdpEnv } from './env.js';

describe(loadDemoIdpEnv.name, () => {
  it('refuses to start in production', () => {
    // Act
    const load = () => loadDemoIdpEnv({ NODE_ENV: 'production' });

    // Assert
    expect(load).toThrow(/development and tests only/);
  });

  it('reads comma-separated redirect URIs and defaults to port 3900', () => {
    // Act
    const env = loadDemoIdpEnv({
      NODE_ENV: 'test',
      DEMO_IDP_PORT: undefined,
      DEMO_IDP_CITIZEN_REDIRECT_URIS:
        'http://127.0.0.1:5173/api/auth/callback, http://localhost:5173/api/auth/callback',
    });

    // Assert
    expect(env.DEMO_IDP_PORT).toBe(3900);
    expect(env.DEMO_IDP_CITIZEN_REDIRECT_URIS).toEqual([
      'http://127.0.0.1:5173/api/auth/callback',
      'http://localhost:5173/api/auth/callback',
    ]);
  });
});
