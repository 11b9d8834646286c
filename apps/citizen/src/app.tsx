import type { Locale } from '@madoguchi/shared-util-i18n';
import type { ApiClient } from '@madoguchi/web-data-access-api';
import { ApiProvider } from '@madoguchi/web-data-access-api';
import type { QueryClient } from '@tanstack/react-query';
import { Suspense, createElement, lazy } from 'react';
import type { ComponentType, ReactNode } from 'react';
import type { RouteObject } from './routing/router.js';
import { BrowserRouter, useRoutes } from './routing/router.js';
import { matchRoutes } from './routing/match-routes.js';
import { CitizenLayout } from './features/layout/citizen-layout.js';
import { LoadingNotice } from '@madoguchi/web-feature-status';
import { LocaleProvider } from './i18n/locale-context.js';

/**
 * A page as its own chunk, loaded when its route first renders; the layout stays while it loads
 * (a navigation is a transition: the page before stays until the next one is ready). `preload`
 * loads it ahead: the first page is loaded before the app starts, so it renders at once instead of
 * suspending — React holds a revealed Suspense boundary back for 300 ms, which delayed the form's
 * own request and the largest paint by as much.
 */
function page(load: () => Promise<ComponentType>): Pick<RouteObject, 'element' | 'preload'> {
  let loaded: ComponentType | undefined;
  const preload = async (): Promise<void> => {
    loaded ??= await load();
  };
  const LazyPage = lazy(async () => {
    const Component = loaded ?? (await load());
    loaded = Component;
    return { default: Component };
  });
  function Page() {
    return loaded ? createElement(loaded) : <LazyPage />;
  }
  return {
    element: (
      <Suspense fallback={<LoadingNotice />}>
        <Page />
      </Suspense>
    ),
    preload,
  };
}

/**
 * Every page of the citizen app, inside the common layout. Each page is its own chunk (the form
 * engine and renderer load with the form pages only). Matched by the app's own router
 * (`routing/router.tsx`: React Router's hooks and components the pages use, over the History API),
 * not React Router: the pages fetch through the query hooks, so loaders and actions would be
 * unused, and React Router is ≈ 13 KB gzipped on every page (its data router ≈ 16 KB more).
 */
export const CITIZEN_ROUTES: RouteObject[] = [
  {
    element: <CitizenLayout />,
    children: [
      { index: true, ...page(async () => (await import('./routes/home-page.js')).HomePage) },
      {
        path: 'sign-in',
        ...page(async () => (await import('./routes/sign-in-page.js')).SignInPage),
      },
      {
        path: 'municipalities/:municipalityCode/procedures/:procedureId',
        ...page(async () => (await import('./routes/procedure-page.js')).ProcedurePage),
      },
      {
        path: 'municipalities/:municipalityCode/procedures/:procedureId/apply',
        ...page(async () => (await import('./routes/apply-page.js')).ApplyPage),
      },
      {
        path: 'applications',
        ...page(async () => (await import('./routes/applications-page.js')).ApplicationsPage),
      },
      {
        path: 'applications/:applicationId',
        ...page(
          async () => (await import('./routes/application-detail-page.js')).ApplicationDetailPage,
        ),
      },
      {
        path: 'applications/:applicationId/receipt',
        ...page(async () => (await import('./routes/receipt-page.js')).ReceiptPage),
      },
      {
        path: 'applications/:applicationId/correct',
        ...page(async () => (await import('./routes/correction-page.js')).CorrectionPage),
      },
      {
        path: 'notifications',
        ...page(async () => (await import('./routes/notifications-page.js')).NotificationsPage),
      },
      {
        path: 'notifications/settings',
        ...page(
          async () =>
            (await import('./routes/notification-settings-page.js')).NotificationSettingsPage,
        ),
      },
      {
        path: 'email-confirmation',
        ...page(
          async () => (await import('./routes/email-confirmation-page.js')).EmailConfirmationPage,
        ),
      },
      {
        path: 'signature-return',
        ...page(
          async () => (await import('./routes/signature-return-page.js')).SignatureReturnPage,
        ),
      },
      {
        path: 'counter/confirm',
        ...page(
          async () =>
            (await import('./routes/counter-confirmation-page.js')).CounterConfirmationPage,
        ),
      },
      {
        path: 'verify',
        ...page(async () => (await import('./routes/verify-page.js')).VerifyPage),
      },
      {
        path: 'notifications/life-records',
        ...page(async () => (await import('./routes/life-records-page.js')).LifeRecordsPage),
      },
      {
        path: '*',
        ...page(async () => (await import('./routes/not-found-page.js')).NotFoundPage),
      },
    ],
  },
];

/** Loads the chunks of the page at `pathname` (see `page`); a failure is left to the page's render. */
export async function preloadPage(pathname: string): Promise<void> {
  const matches = matchRoutes(CITIZEN_ROUTES, pathname) ?? [];
  await Promise.all(matches.map(async ({ route }) => route.preload?.()));
}

/** The page of the current address. */
export function CitizenRoutes() {
  return useRoutes(CITIZEN_ROUTES);
}

export type AppProvidersProps = {
  client: ApiClient;
  queryClient: QueryClient;
  initialLocale?: Locale;
  children: ReactNode;
};

/** API client, query cache and language, around the router (tests use a memory router inside). */
export function AppProviders({ client, queryClient, initialLocale, children }: AppProvidersProps) {
  return (
    <ApiProvider client={client} queryClient={queryClient}>
      <LocaleProvider initialLocale={initialLocale}>{children}</LocaleProvider>
    </ApiProvider>
  );
}

export function App({ client, queryClient }: { client: ApiClient; queryClient: QueryClient }) {
  return (
    <AppProviders client={client} queryClient={queryClient}>
      <BrowserRouter>
        <CitizenRoutes />
      </BrowserRouter>
    </AppProviders>
  );
}
