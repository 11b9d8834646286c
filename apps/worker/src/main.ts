import 'reflect-metadata';

import { loadWorkerEnv } from './config/env.js';
import { createWorker } from './create-worker.js';

await createWorker(loadWorkerEnv());
