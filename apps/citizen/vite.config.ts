import { defineConfig } from 'vite';

import { createWebAppConfig } from '../../tools/vite/web-app.config.ts';

export default defineConfig(
  createWebAppConfig(
    import.meta.dirname,
    Number(process.env.CITIZEN_PORT ?? 5173),
    Number(process.env.CITIZEN_PREVIEW_PORT ?? 4173),
    // The pages residents open from a link or a bookmark: their chunks load with the entry.
    [
      { path: '/', module: 'src/routes/home-page.tsx' },
      {
        path: '/municipalities/:municipalityCode/procedures/:procedureId',
        module: 'src/routes/procedure-page.tsx',
      },
      {
        path: '/municipalities/:municipalityCode/procedures/:procedureId/apply',
        module: 'src/routes/apply-page.tsx',
      },
    ],
  ),
);
