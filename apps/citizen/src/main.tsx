import '@madoguchi/web-ui-kit/styles.css';
import {
  createApiClient,
  createQueryClient,
  loadContractCheck,
} from '@madoguchi/web-data-access-api';
import { preloadFuriganaReadings } from '@madoguchi/web-ui-kit';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, preloadPage } from './app.js';
import { readEnv } from './config/env.js';
import { readStoredLocale } from './i18n/locale-context.js';

const env = readEnv();
const rootElement = document.getElementById('root');
if (!rootElement) {
  throw new Error('index.html has no #root element');
}
const renderApp = (): void =>
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

// The first page's chunk, and in やさしい日本語 the furigana readings (a chunk only that language
// loads), are in before the first render: the page renders at once, with its furigana, and
// nothing moves when they arrive.
void Promise.all([
  preloadPage(window.location.pathname),
  readStoredLocale() === 'easyJa' ? preloadFuriganaReadings() : undefined,
])
  .catch(() => undefined)
  .then(renderApp);
