import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { ApiProvider, createQueryClient } from './api-client-context.js';
import { createApiClient } from './api-client.js';
import { loadContractCheck } from './read-response.js';
import { useSession, useSignOut } from './use-session.js';
import { buildResidentActor, createMockFetch } from './testing.js';

describe(useSignOut.name, () => {
  it('forgets the signed-in actor and passes on the provider’s end-session URL', async () => {
    // Arrange
    const actor = buildResidentActor();
    const fetch = createMockFetch([
      { path: '/api/session', body: actor },
      {
        method: 'POST',
        path: '/api/session/sign-out',
        body: { endSessionUrl: 'http://127.0.0.1:3900/session/end?client_id=madoguchi-citizen' },
      },
    ]);
    const client = createApiClient({ fetch, contractCheck: loadContractCheck });
    const queryClient = createQueryClient();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <ApiProvider client={client} queryClient={queryClient}>
        {children}
      </ApiProvider>
    );
    const { result } = renderHook(() => ({ session: useSession(), signOut: useSignOut() }), {
      wrapper,
    });
    await waitFor(() => expect(result.current.session.data).toEqual(actor));

    // Act
    const answer = await act(() => result.current.signOut.mutateAsync());

    // Assert
    await waitFor(() => expect(result.current.session.data).toBeNull());
    expect(answer.endSessionUrl).toContain('/session/end');
    expect(fetch.requests.at(-1)?.headers).toMatchObject({ 'x-madoguchi-csrf': '1' });
  });
});
