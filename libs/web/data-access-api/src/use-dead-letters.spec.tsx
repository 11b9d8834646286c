import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { ApiProvider, createQueryClient } from './api-client-context.js';
import { createApiClient } from './api-client.js';
import { loadContractCheck } from './read-response.js';
import { buildApiErrorBody, buildDeadLetter, createMockFetch } from './testing.js';
import { useDeadLetters, useRetryDeadLetter } from './use-dead-letters.js';

const LIST_PATH = '/api/staff/notification-deliveries/dead-letters';

function renderDeadLetterHooks(routes: Parameters<typeof createMockFetch>[0]) {
  const fetch = createMockFetch(routes);
  const client = createApiClient({ fetch, contractCheck: loadContractCheck });
  const queryClient = createQueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <ApiProvider client={client} queryClient={queryClient}>
      {children}
    </ApiProvider>
  );
  const view = renderHook(() => ({ list: useDeadLetters(), retry: useRetryDeadLetter() }), {
    wrapper,
  });
  return { ...view, fetch };
}

describe(useRetryDeadLetter.name, () => {
  it('takes a retried delivery off the list and asks for the list again', async () => {
    // Arrange
    const first = buildDeadLetter();
    const second = buildDeadLetter({ id: 'd-2', channel: 'web_push' });
    let letters = [first, second];
    const { result, fetch } = renderDeadLetterHooks([
      { path: LIST_PATH, respond: () => letters },
      {
        method: 'POST',
        path: `/api/staff/notification-deliveries/${first.id}/retry`,
        status: 204,
        respond: () => {
          letters = [second];
          return undefined;
        },
      },
    ]);
    await waitFor(() => expect(result.current.list.data).toHaveLength(2));

    // Act
    await act(() => result.current.retry.mutateAsync(first.id));

    // Assert
    await waitFor(() => expect(result.current.list.data).toEqual([second]));
    expect(fetch.requests.filter((request) => request.path === LIST_PATH)).toHaveLength(2);
  });

  it('refreshes the list when the delivery was retried by someone else (404)', async () => {
    // Arrange
    const letter = buildDeadLetter();
    let letters = [letter];
    const { result } = renderDeadLetterHooks([
      { path: LIST_PATH, respond: () => letters },
      {
        method: 'POST',
        path: `/api/staff/notification-deliveries/${letter.id}/retry`,
        status: 404,
        respond: () => {
          letters = [];
          return buildApiErrorBody('dead_letter_not_found');
        },
      },
    ]);
    await waitFor(() => expect(result.current.list.data).toHaveLength(1));

    // Act
    const failure = act(() => result.current.retry.mutateAsync(letter.id));

    // Assert
    await expect(failure).rejects.toMatchObject({ status: 404, code: 'dead_letter_not_found' });
    await waitFor(() => expect(result.current.list.data).toEqual([]));
  });
});
