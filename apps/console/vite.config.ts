import { defineConfig } from 'vite';

import { createWebAppConfig } from '../../tools/vite/web-app.config.ts';

export default defineConfig(
  createWebAppConfig(
    import.meta.dirname,
    Number(process.env.CONSOLE_PORT ?? 5174),
    Number(process.env.CONSOLE_PREVIEW_PORT ?? 4174),
  ),
);
