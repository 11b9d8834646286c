import react from '@vitejs/plugin-react';
import type { UserConfig } from 'vite';
import { defaultClientConditions } from 'vite';

import type { LandingPage } from './first-page-preload.ts';
import { firstPagePreload } from './first-page-preload.ts';
import { securityHeaders } from './security-headers.ts';

// The dev server and `vite preview` forward /api to the API, so the browser sees one origin
// (cookies and the CSRF header work as in production behind the gateway).
const apiTarget = process.env.MADOGUCHI_API_URL ?? 'http://127.0.0.1:3000';

const proxy = { '/api': { target: apiTarget, changeOrigin: false } };

/** TypeScript sources of the workspace libraries (`libs/<area>/<name>/src/…`). */
const WORKSPACE_SOURCE = /[\\/]libs[\\/][^\\/]+[\\/][^\\/]+[\\/]src[\\/].+\.tsx?$/;
const WEB_LIBRARIES = /[\\/]libs[\\/]web[\\/]/;
const FRAMEWORK = /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack)[\\/]/;

/**
 * The Vite configuration both web apps share; each app's vite.config.ts names its folder and the
 * ports of its dev server and of `vite preview` (the production build), which differ so both can
 * run beside `npm start`.
 */
export function createWebAppConfig(
  root: string,
  port: number,
  previewPort: number,
  landingPages: readonly LandingPage[] = [],
): UserConfig {
  return {
    root,
    // securityHeaders: the dev server's and `vite preview`'s headers and the build's header files
    // (CSP with the inline preload script's hash, frame-ancestors 'none', HSTS; docs/security-headers.md).
    plugins: [react(), firstPagePreload(landingPages), securityHeaders()],
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
        // The console's counter pages (書かない窓口): pre-bundled, not found on a first visit.
        'qrcode.react',
      ],
    },
    // Libraries are consumed from their TypeScript sources, as in tests and type checks.
    resolve: { conditions: ['@madoguchi/source', ...defaultClientConditions] },
    server: { host: '127.0.0.1', port, strictPort: true, proxy },
    preview: { host: '127.0.0.1', port: previewPort, strictPort: true, proxy },
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      sourcemap: true,
      // The manifest maps each route module to the chunks it loads (benchmarks/web reads it).
      manifest: true,
      rolldownOptions: {
        treeshake: {
          // Our libraries are plain modules (nothing registers itself on import), so a page that
          // uses one label of a library does not carry the rest of it: without this, the
          // business-day calendar's holiday data came along with the status labels.
          moduleSideEffects: [{ test: WORKSPACE_SOURCE, sideEffects: false }],
        },
        output: {
          // The framework every page needs changes less often than the app: its own cached chunk.
          // The rest is split by route (the form engine, renderer and zod load with the form pages).
          codeSplitting: {
            groups: [
              { name: 'framework', test: FRAMEWORK, priority: 2 },
              // The shared web libraries (components, API hooks) in one chunk, not a dozen tiny ones.
              { name: 'web-libs', test: WEB_LIBRARIES, priority: 1 },
            ],
          },
        },
      },
    },
  };
}
