import type { Locale } from '@madoguchi/shared-util-i18n';
import { createApiClient, loadContractCheck } from '@madoguchi/web-data-access-api';
import type { MockRoute } from '@madoguchi/web-data-access-api/testing';
import { buildApiErrorBody, createMockFetch } from '@madoguchi/web-data-access-api/testing';
import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { AppProviders, CITIZEN_ROUTES } from '../app.js';

/** A signed-out session answer, for routes tables. */
export const SIGNED_OUT: MockRoute = {
  path: '/api/session',
  status: 401,
  body: buildApiErrorBody('unauthenticated'),
};

/**
 * Renders the whole citizen app at a path with the API mocked at the fetch boundary only
 * (real client, real contracts, real hooks, real router).
 */
export function renderCitizenApp(
  path: string,
  routes: readonly MockRoute[],
  locale: Locale = 'ja',
) {
  const fetch = createMockFetch(routes);
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const router = createMemoryRouter(CITIZEN_ROUTES, { initialEntries: [path] });
  const user = userEvent.setup();
  const view = render(
    <AppProviders
      // Every mocked answer is checked against its contract, as on the development server.
      client={createApiClient({ fetch, contractCheck: loadContractCheck })}
      queryClient={queryClient}
      initialLocale={locale}
    >
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...view, fetch, router, user, queryClient };
}
