import type { Locale } from '@madoguchi/shared-util-i18n';
import type { ApiClient } from '@madoguchi/web-data-access-api';
import { ApiProvider } from '@madoguchi/web-data-access-api';
import type { QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { RouterProvider, createBrowserRouter } from 'react-router';
import { CitizenLayout } from './features/layout/citizen-layout.js';
import { LocaleProvider } from './i18n/locale-context.js';

/** Every page of the citizen app, inside the common layout. */
export const CITIZEN_ROUTES: RouteObject[] = [
  {
    element: <CitizenLayout />,
    // Every page is its own chunk (the form engine and renderer load with the form pages only);
    // this shows while the first page's chunk loads.
    hydrateFallbackElement: <p role="status">読み込んでいます… / Loading…</p>,
    children: [
      {
        index: true,
        lazy: async () => ({ Component: (await import('./routes/home-page.js')).HomePage }),
      },
      {
        path: 'sign-in',
        lazy: async () => ({ Component: (await import('./routes/sign-in-page.js')).SignInPage }),
      },
      {
        path: 'municipalities/:municipalityCode/procedures/:procedureId',
        lazy: async () => ({
          Component: (await import('./routes/procedure-page.js')).ProcedurePage,
        }),
      },
      {
        path: 'municipalities/:municipalityCode/procedures/:procedureId/apply',
        // The form engine and renderer load with the first form, not with the home page.
        lazy: async () => ({ Component: (await import('./routes/apply-page.js')).ApplyPage }),
      },
      {
        path: 'applications',
        lazy: async () => ({
          Component: (await import('./routes/applications-page.js')).ApplicationsPage,
        }),
      },
      {
        path: 'applications/:applicationId',
        lazy: async () => ({
          Component: (await import('./routes/application-detail-page.js')).ApplicationDetailPage,
        }),
      },
      {
        path: 'applications/:applicationId/receipt',
        lazy: async () => ({ Component: (await import('./routes/receipt-page.js')).ReceiptPage }),
      },
      {
        path: 'applications/:applicationId/correct',
        lazy: async () => ({
          Component: (await import('./routes/correction-page.js')).CorrectionPage,
        }),
      },
      {
        path: 'notifications',
        lazy: async () => ({
          Component: (await import('./routes/notifications-page.js')).NotificationsPage,
        }),
      },
      {
        path: 'notifications/settings',
        lazy: async () => ({
          Component: (await import('./routes/notification-settings-page.js'))
            .NotificationSettingsPage,
        }),
      },
      {
        path: 'notifications/life-records',
        lazy: async () => ({
          Component: (await import('./routes/life-records-page.js')).LifeRecordsPage,
        }),
      },
      {
        path: '*',
        lazy: async () => ({
          Component: (await import('./routes/not-found-page.js')).NotFoundPage,
        }),
      },
    ],
  },
];

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
  const [router] = useState(() => createBrowserRouter(CITIZEN_ROUTES));
  return (
    <AppProviders client={client} queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
