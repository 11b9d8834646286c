import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';

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
  worker.enableShutdownHooks();
  await worker.init();
  return worker;
}
