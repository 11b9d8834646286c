import react from '@vitejs/plugin-react';
import type { UserConfig } from 'vite';
import { defaultClientConditions } from 'vite';

// The dev server and `vite preview` forward /api to the API, so the browser sees one origin
// (cookies and the CSRF header work as in production behind the gateway).
const apiTarget = process.env.MADOGUCHI_API_URL ?? 'http://127.0.0.1:3000';

const proxy = { '/api': { target: apiTarget, changeOrigin: false } };

/**
 * The Vite configuration both web apps share; each app's vite.config.ts names its folder and port.
 */
export function createWebAppConfig(root: string, port: number): UserConfig {
  return {
    root,
    plugins: [react()],
    // Pre-bundle every dependency before the first page load. The dependency scanner does not follow
    // the workspace libraries (resolved through the @madoguchi/source condition), so it would find
    // their dependencies mid-session, re-bundle, and fail a route module that is loading.
    optimizeDeps: {
      entries: ['index.html', 'src/routes/*.tsx'],
      include: [
        'react',
        'react/jsx-runtime',
        'react/jsx-dev-runtime',
        'react-dom',
        'react-dom/client',
        'react-router',
        'react-hook-form',
        '@hookform/resolvers/zod',
        '@tanstack/react-query',
        'zod',
        'json-logic-js',
        '@holiday-jp/holiday_jp',
      ],
    },
    // Libraries are consumed from their TypeScript sources, as in tests and type checks.
    resolve: { conditions: ['@madoguchi/source', ...defaultClientConditions] },
    server: { host: '127.0.0.1', port, strictPort: true, proxy },
    preview: { host: '127.0.0.1', port, strictPort: true, proxy },
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      sourcemap: true,
      // One bundle served from the same origin (no CDN on LGWAN); zod and the contracts weigh ~600 kB raw.
      chunkSizeWarningLimit: 900,
    },
  };
}
