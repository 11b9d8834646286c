import '@madoguchi/web-ui-kit/styles.css';
import { createApiClient, createQueryClient } from '@madoguchi/web-data-access-api';
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
    <App client={createApiClient({ baseUrl: env.apiBaseUrl })} queryClient={createQueryClient()} />
  </StrictMode>,
);
