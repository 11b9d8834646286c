import { defineConfig } from 'vite';

import { createWebAppConfig } from '../../tools/vite/web-app.config.ts';

export default defineConfig(
  createWebAppConfig(
    import.meta.dirname,
    Number(process.env.CITIZEN_PORT ?? 5173),
    Number(process.env.CITIZEN_PREVIEW_PORT ?? 4173),
  ),
);
