import { pino } from 'pino';

import { loadDemoIdpEnv } from './config/env.js';
import { startDemoIdp } from './demo-idp.server.js';

const env = loadDemoIdpEnv();
const logger = pino({ name: 'demo-idp', level: env.LOG_LEVEL });
const idp = await startDemoIdp(env, {
  info: (message) => logger.info(message),
  warn: (message) => logger.warn(message),
});
logger.info(`demo identity provider (development and tests only) at ${idp.issuer}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void idp.close().then(() => process.exit(0));
  });
}
