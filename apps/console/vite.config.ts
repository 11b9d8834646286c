import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

// The dev server and `vite preview` forward /api to the API, so the browser sees one origin
// (cookies and the CSRF header work as in production behind the gateway).
const apiTarget = process.env.MADOGUCHI_API_URL ?? 'http://127.0.0.1:3000';
const port = Number(process.env.CONSOLE_PORT ?? 5174);
const proxy = { '/api': { target: apiTarget, changeOrigin: false } };

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  // Find every dependency before the first page load: otherwise the dev server discovers one
  // mid-session, re-bundles, and a route module that is loading fails ("Outdated Optimize Dep").
  optimizeDeps: {
    entries: [
      'index.html',
      'src/**/*.{ts,tsx}',
      '../../libs/{web,forms,procedures,shared}/*/src/**/*.{ts,tsx}',
      '!**/*.spec.{ts,tsx}',
      '!**/{testing,test-setup}.{ts,tsx}',
      '!**/testing/**',
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
});
