import { readDemoPki } from '@madoguchi/server-trust';
import { pino } from 'pino';

import { loadDemoTrustEnv } from './config/env.js';
import { startDemoTrust } from './demo-trust.server.js';

const env = loadDemoTrustEnv();
const logger = pino({ name: 'demo-trust', level: env.LOG_LEVEL });
const pki = await readDemoPki(env.DEMO_TRUST_PKI_DIR);
const trust = await startDemoTrust(env, pki, {
  info: (message) => logger.info(message),
  warn: (message) => logger.warn(message),
});
logger.info(`demo trust services (development and tests only) at ${trust.url}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void trust.close().then(() => process.exit(0));
  });
}
