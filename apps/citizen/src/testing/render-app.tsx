import type { Locale } from '@madoguchi/shared-util-i18n';
import { createApiClient, loadContractCheck } from '@madoguchi/web-data-access-api';
import type { MockRoute } from '@madoguchi/web-data-access-api/testing';
import { buildApiErrorBody, createMockFetch } from '@madoguchi/web-data-access-api/testing';
import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect } from 'react';
import type { Location } from '../routing/router.js';
import { MemoryRouter, useLocation } from '../routing/router.js';
import { AppProviders, CitizenRoutes } from '../app.js';

/** A signed-out session answer, for routes tables. */
export const SIGNED_OUT: MockRoute = {
  path: '/api/session',
  status: 401,
  body: buildApiErrorBody('unauthenticated'),
};

/** Where the app is, for assertions: `router.state.location` (the shape React Router's data router had). */
export type RouterProbe = { state: { location: Location } };

function useReportLocation(probe: RouterProbe): void {
  const location = useLocation();
  useEffect(() => {
    probe.state.location = location;
  }, [probe, location]);
}

function LocationProbe({ probe }: { probe: RouterProbe }) {
  useReportLocation(probe);
  return null;
}

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
  const router: RouterProbe = {
    state: { location: { pathname: path, search: '', hash: '', state: null, key: 'initial' } },
  };
  const user = userEvent.setup();
  const view = render(
    <AppProviders
      // Every mocked answer is checked against its contract, as on the development server.
      client={createApiClient({ fetch, contractCheck: loadContractCheck })}
      queryClient={queryClient}
      initialLocale={locale}
    >
      <MemoryRouter initialEntries={[path]}>
        <CitizenRoutes />
        <LocationProbe probe={router} />
      </MemoryRouter>
    </AppProviders>,
  );
  return { ...view, fetch, router, user, queryClient };
}
