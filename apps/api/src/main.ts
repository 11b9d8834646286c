import 'reflect-metadata';

import { loadEnv } from './config/env.js';
import { createApp } from './create-app.js';

const env = loadEnv();
const app = await createApp(env);
await app.listen(env.API_PORT, env.API_HOST);
