import '@madoguchi/web-ui-kit/styles.css';
import {
  createApiClient,
  createQueryClient,
  loadContractCheck,
} from '@madoguchi/web-data-access-api';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.js';
import { readEnv } from './config/env.js';

const env = readEnv();
const rootElement = document.getElementById('root');
if (!rootElement) {
  throw new Error('index.html has no #root element');
}
createRoot(rootElement).render(
  <StrictMode>
    <App
      // The production build trusts the API's answers (same contracts, same commit): no zod on a
      // resident's phone. The development server, which every browser journey runs on, checks
      // each answer against its contract (libs/web/data-access-api/src/read-response.ts).
      // `import.meta.env.DEV` itself, not env.isDevelopment: Vite writes `false` here, so the
      // production build leaves the check and its schemas out altogether.
      client={createApiClient({
        baseUrl: env.apiBaseUrl,
        contractCheck: import.meta.env.DEV ? loadContractCheck : undefined,
      })}
      queryClient={createQueryClient()}
    />
  </StrictMode>,
);
