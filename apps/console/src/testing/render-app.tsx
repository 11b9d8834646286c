import { createApiClient, loadContractCheck } from '@madoguchi/web-data-access-api';
import type { MockRoute } from '@madoguchi/web-data-access-api/testing';
import { createMockFetch } from '@madoguchi/web-data-access-api/testing';
import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { AppProviders, CONSOLE_ROUTES } from '../app.js';

/** Renders the whole console at a path with the API mocked at the fetch boundary only. */
export function renderConsoleApp(path: string, routes: readonly MockRoute[]) {
  const fetch = createMockFetch(routes);
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const router = createMemoryRouter(CONSOLE_ROUTES, { initialEntries: [path] });
  const user = userEvent.setup();
  const view = render(
    <AppProviders
      client={createApiClient({ fetch, contractCheck: loadContractCheck })}
      queryClient={queryClient}
    >
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...view, fetch, router, user, queryClient };
}
