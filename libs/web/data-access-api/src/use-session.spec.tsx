import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { ApiProvider, createQueryClient } from './api-client-context.js';
import { createApiClient } from './api-client.js';
import { useDevSignIn, useSession } from './use-session.js';
import { buildResidentActor, createMockFetch } from './testing.js';

describe(useDevSignIn.name, () => {
  it('puts the signed-in actor into the session query', async () => {
    // Arrange
    const actor = buildResidentActor();
    const fetch = createMockFetch([
      {
        path: '/api/session',
        status: 401,
        body: { error: { code: 'unauthenticated', message: { ja: '', en: '' } } },
      },
      { method: 'POST', path: '/api/dev/sign-in', body: actor },
    ]);
    const client = createApiClient({ fetch });
    const queryClient = createQueryClient();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <ApiProvider client={client} queryClient={queryClient}>
        {children}
      </ApiProvider>
    );
    const { result } = renderHook(() => ({ session: useSession(), signIn: useDevSignIn() }), {
      wrapper,
    });
    await waitFor(() => expect(result.current.session.isSuccess).toBe(true));

    // Act
    await act(() => result.current.signIn.mutateAsync('resident-1'));

    // Assert
    await waitFor(() => expect(result.current.session.data).toEqual(actor));
    expect(fetch.requests.at(-1)?.body).toEqual({ accountId: 'resident-1' });
  });
});
