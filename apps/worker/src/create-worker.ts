import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { checkRuntimeRole } from '@madoguchi/server-database';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';

import type { WorkerEnv } from './config/env.js';
import type { WorkerOverrides } from './worker.module.js';
import { WorkerModule } from './worker.module.js';

/** The worker process: the outbox relay and the BullMQ processors, no HTTP. */
export async function createWorker(
  env: WorkerEnv,
  overrides: WorkerOverrides = {},
): Promise<INestApplicationContext> {
  const worker = await NestFactory.createApplicationContext(WorkerModule.register(env, overrides), {
    bufferLogs: true,
  });
  worker.useLogger(worker.get(Logger));
  await checkRuntimeRole(worker.get(DataSource), {
    isProduction: env.NODE_ENV === 'production',
    warn: (message) => worker.get(Logger).warn(message),
  });
  worker.enableShutdownHooks();
  await worker.init();
  return worker;
}
