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
import { ApplicationDetailPage } from './routes/application-detail-page.js';
import { ApplicationsPage } from './routes/applications-page.js';
import { HomePage } from './routes/home-page.js';
import { LifeRecordsPage } from './routes/life-records-page.js';
import { NotFoundPage } from './routes/not-found-page.js';
import { NotificationSettingsPage } from './routes/notification-settings-page.js';
import { NotificationsPage } from './routes/notifications-page.js';
import { ReceiptPage } from './routes/receipt-page.js';
import { SignInPage } from './routes/sign-in-page.js';

/** Every page of the citizen app, inside the common layout. */
export const CITIZEN_ROUTES: RouteObject[] = [
  {
    element: <CitizenLayout />,
    // Shown while a lazy page (the application form) loads on a first visit.
    hydrateFallbackElement: <p role="status">読み込んでいます… / Loading…</p>,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'sign-in', element: <SignInPage /> },
      {
        path: 'municipalities/:municipalityCode/procedures/:procedureId/apply',
        // The form engine and renderer load with the first form, not with the home page.
        lazy: async () => ({ Component: (await import('./routes/apply-page.js')).ApplyPage }),
      },
      { path: 'applications', element: <ApplicationsPage /> },
      { path: 'applications/:applicationId', element: <ApplicationDetailPage /> },
      { path: 'applications/:applicationId/receipt', element: <ReceiptPage /> },
      {
        path: 'applications/:applicationId/correct',
        lazy: async () => ({
          Component: (await import('./routes/correction-page.js')).CorrectionPage,
        }),
      },
      { path: 'notifications', element: <NotificationsPage /> },
      { path: 'notifications/settings', element: <NotificationSettingsPage /> },
      { path: 'notifications/life-records', element: <LifeRecordsPage /> },
      { path: '*', element: <NotFoundPage /> },
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
