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
      // Staff PCs on a LAN: every answer stays checked against its contract (a chunk of its own).
      client={createApiClient({ baseUrl: env.apiBaseUrl, contractCheck: loadContractCheck })}
      queryClient={createQueryClient()}
    />
  </StrictMode>,
);
