import { defineConfig, loadEnv } from 'vite';

import { createWebAppConfig } from '../../tools/vite/web-app.config.ts';
import { parseBuildEnv } from './src/config/env.schema.ts';

export default defineConfig(({ mode }) => {
  // Checked here, once, rather than in every resident's browser (src/config/env.schema.ts).
  const env = parseBuildEnv(loadEnv(mode, import.meta.dirname, 'VITE_'));
  return {
    ...createWebAppConfig(
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
    define: {
      'import.meta.env.VITE_MADOGUCHI_API_BASE_URL': JSON.stringify(
        env.VITE_MADOGUCHI_API_BASE_URL,
      ),
    },
  };
});
