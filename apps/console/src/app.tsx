import type { ApiClient } from '@madoguchi/web-data-access-api';
import { ApiProvider } from '@madoguchi/web-data-access-api';
import { LoadingNotice } from '@madoguchi/web-feature-status';
import type { QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { Navigate, RouterProvider, createBrowserRouter } from 'react-router';
import { ConsoleLayout } from './features/layout/console-layout.js';
import { ConsoleLocaleProvider } from './i18n/locale-context.js';
import { AdminApiKeysPage } from './routes/admin-api-keys-page.js';
import { AdminAuditLogPage } from './routes/admin-audit-log-page.js';
import { AdminNotificationRulesPage } from './routes/admin-notification-rules-page.js';
import { AdminProceduresPage } from './routes/admin-procedures-page.js';
import { DeadLettersPage } from './routes/dead-letters-page.js';
import { NotFoundPage } from './routes/not-found-page.js';
import { SignInPage } from './routes/sign-in-page.js';
import { WorkQueuePage } from './routes/work-queue-page.js';

/** Every page of the staff console, inside the common layout. */
export const CONSOLE_ROUTES: RouteObject[] = [
  {
    element: <ConsoleLayout />,
    // Shown while a lazy page (the application review) loads on a first visit.
    hydrateFallbackElement: <LoadingNotice />,
    children: [
      { index: true, element: <WorkQueuePage /> },
      { path: 'sign-in', element: <SignInPage /> },
      {
        path: 'applications/:applicationId',
        // The form engine (for the answer labels) loads with the first application, not the queue.
        lazy: async () => ({
          Component: (await import('./routes/application-page.js')).ApplicationPage,
        }),
      },
      { path: 'notifications/dead-letters', element: <DeadLettersPage /> },
      {
        path: 'dashboard',
        // The charts (recharts) load with the dashboard only.
        lazy: async () => ({
          Component: (await import('./routes/dashboard-page.js')).DashboardPage,
        }),
      },
      {
        path: 'counter',
        // The form engine and the QR code load with the counter pages only.
        lazy: async () => ({ Component: (await import('./routes/counter-page.js')).CounterPage }),
      },
      {
        path: 'counter/:confirmationId',
        lazy: async () => ({
          Component: (await import('./routes/counter-status-page.js')).CounterStatusPage,
        }),
      },
      { path: 'admin', element: <Navigate to="/admin/procedures" replace /> },
      { path: 'admin/procedures', element: <AdminProceduresPage /> },
      { path: 'admin/api-keys', element: <AdminApiKeysPage /> },
      { path: 'admin/audit-log', element: <AdminAuditLogPage /> },
      { path: 'admin/notification-rules', element: <AdminNotificationRulesPage /> },
      {
        path: 'admin/overlay-editor',
        lazy: async () => ({
          Component: (await import('./routes/overlay-editor-list-page.js')).OverlayEditorListPage,
        }),
      },
      {
        path: 'admin/overlay-editor/:procedureId',
        // The form engine and the residents' renderer load with the editor only.
        lazy: async () => ({
          Component: (await import('./routes/overlay-editor-page.js')).OverlayEditorPage,
        }),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export type AppProvidersProps = {
  client: ApiClient;
  queryClient: QueryClient;
  children: ReactNode;
};

export function AppProviders({ client, queryClient, children }: AppProvidersProps) {
  return (
    <ApiProvider client={client} queryClient={queryClient}>
      <ConsoleLocaleProvider>{children}</ConsoleLocaleProvider>
    </ApiProvider>
  );
}

export function App({ client, queryClient }: { client: ApiClient; queryClient: QueryClient }) {
  const [router] = useState(() => createBrowserRouter(CONSOLE_ROUTES));
  return (
    <AppProviders client={client} queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
