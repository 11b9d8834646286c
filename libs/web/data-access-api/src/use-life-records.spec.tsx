import { DEFAULT_NOTIFICATION_PREFERENCES } from '@madoguchi/notifications-contracts';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { ApiProvider, createQueryClient } from './api-client-context.js';
import { createApiClient } from './api-client.js';
import { loadContractCheck } from './read-response.js';
import { buildMyLifeRecords, createMockFetch } from './testing.js';
import { useMyLifeRecords } from './use-life-records.js';
import { useSaveNotificationPreferences } from './use-notifications-settings.js';

const LIFE_RECORDS_PATH = '/api/me/life-records';

function renderLifeRecordHooks(routes: Parameters<typeof createMockFetch>[0]) {
  const fetch = createMockFetch(routes);
  const client = createApiClient({ fetch, contractCheck: loadContractCheck });
  const queryClient = createQueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <ApiProvider client={client} queryClient={queryClient}>
      {children}
    </ApiProvider>
  );
  const view = renderHook(
    () => ({ records: useMyLifeRecords(), savePreferences: useSaveNotificationPreferences() }),
    { wrapper },
  );
  return { ...view, fetch };
}

describe(useMyLifeRecords.name, () => {
  it('reads the life records with their upcoming reminders', async () => {
    // Arrange
    const body = buildMyLifeRecords();

    // Act
    const { result } = renderLifeRecordHooks([{ path: LIFE_RECORDS_PATH, body }]);

    // Assert
    await waitFor(() => expect(result.current.records.data).toEqual(body));
  });

  it('asks again after the preferences change (the reminders name their channels)', async () => {
    // Arrange
    const { result, fetch } = renderLifeRecordHooks([
      { path: LIFE_RECORDS_PATH, body: buildMyLifeRecords() },
      {
        method: 'PUT',
        path: '/api/me/notification-preferences',
        respond: (request) => request.body,
      },
    ]);
    await waitFor(() => expect(result.current.records.isSuccess).toBe(true));

    // Act
    await act(() => result.current.savePreferences.mutateAsync(DEFAULT_NOTIFICATION_PREFERENCES));

    // Assert
    await waitFor(() =>
      expect(fetch.requests.filter((request) => request.path === LIFE_RECORDS_PATH)).toHaveLength(
        2,
      ),
    );
  });
});
