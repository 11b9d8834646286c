import { jest } from '@jest/globals';
import { DEFAULT_NOTIFICATION_PREFERENCES } from '@madoguchi/notifications-contracts';
import { createApiClient } from './api-client.js';
import { loadContractCheck } from './read-response.js';
import { ApiRequestError } from './api-request.error.js';
import {
  buildApiErrorBody,
  buildResidentApplicationDetail,
  buildDeadLetter,
  buildResidentActor,
  createMockFetch,
} from './testing.js';

describe(createApiClient.name, () => {
  it('sends cookies and no CSRF header on a GET, and parses the response with the contract', async () => {
    // Arrange
    const fetch = createMockFetch([{ path: '/api/session', body: buildResidentActor() }]);
    const client = createApiClient({ fetch, contractCheck: loadContractCheck });

    // Act
    const actor = await client.getSession();

    // Assert
    expect(actor?.displayName).toBe('山田 花子');
    expect(fetch.requests[0]?.headers['x-madoguchi-csrf']).toBeUndefined();
  });

  it('returns null for the session when the API answers 401', async () => {
    const fetch = createMockFetch([
      { path: '/api/session', status: 401, body: buildApiErrorBody('unauthenticated') },
    ]);

    await expect(
      createApiClient({ fetch, contractCheck: loadContractCheck }).getSession(),
    ).resolves.toBeNull();
  });

  it('sends the CSRF header and the idempotency key with a submission', async () => {
    // Arrange
    const fetch = createMockFetch([
      {
        method: 'POST',
        path: '/api/applications',
        status: 201,
        body: buildResidentApplicationDetail(),
      },
    ]);
    const client = createApiClient({ fetch, contractCheck: loadContractCheck });

    // Act
    const detail = await client.submitApplication(
      {
        municipalityCode: '131016',
        procedureId: 'pregnancy-notification',
        formVersion: 1,
        answers: {},
      },
      'key-123456',
    );

    // Assert
    expect(detail.receiptNumber).toBe('K7P-4M2X');
    expect(fetch.requests[0]?.headers).toMatchObject({
      'x-madoguchi-csrf': '1',
      'idempotency-key': 'key-123456',
    });
  });

  it('throws an ApiRequestError carrying the field errors of a 422', async () => {
    // Arrange
    const fields = [
      { path: 'email', code: 'invalid_email', message: { ja: '形式が違います', en: 'Invalid' } },
    ];
    const fetch = createMockFetch([
      {
        method: 'POST',
        path: '/api/applications',
        status: 422,
        body: buildApiErrorBody('invalid_answers', fields),
      },
    ]);

    // Act
    const failure = createApiClient({ fetch, contractCheck: loadContractCheck }).submitApplication(
      { municipalityCode: '131016', procedureId: 'x', formVersion: 1, answers: {} },
      'key-123456',
    );

    // Assert
    await expect(failure).rejects.toBeInstanceOf(ApiRequestError);
    await expect(failure).rejects.toMatchObject({ status: 422, code: 'invalid_answers', fields });
  });

  it('rejects a response that does not match its contract', async () => {
    const fetch = createMockFetch([{ path: '/api/me/applications', body: [{ id: 1 }] }]);
    const consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);

    await expect(
      createApiClient({ fetch, contractCheck: loadContractCheck }).listMyApplications(),
    ).rejects.toMatchObject({
      code: 'invalid_response',
    });
    expect(String(consoleError.mock.calls[0]?.[0])).toContain('"myApplicationSummaries": 0.id');
    consoleError.mockRestore();
  });

  it('refuses a body that leaves a value to a contract default, which only the check would fill in', async () => {
    // Arrange: identityLevel has a default in the session contract; the API must send it.
    const { identityLevel: _left, ...actor } = buildResidentActor();
    const fetch = createMockFetch([{ path: '/api/session', body: actor }]);
    const consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);

    // Act
    const session = createApiClient({ fetch, contractCheck: loadContractCheck }).getSession();

    // Assert
    await expect(session).rejects.toMatchObject({ code: 'invalid_response' });
    expect(String(consoleError.mock.calls[0]?.[0])).toContain('"session": (body).identityLevel');
    consoleError.mockRestore();
  });

  it('hands the body on as sent, without zod, when built without the check (the citizen production build)', async () => {
    // Arrange
    const body = [{ ...buildResidentApplicationDetail(), extra: 'kept' }];
    const fetch = createMockFetch([{ path: '/api/me/applications', body }]);

    // Act
    const applications = await createApiClient({ fetch }).listMyApplications();

    // Assert
    expect(applications).toEqual(body);
  });

  it('reads an API error body without the check, and gives it the empty field list of the one error shape', async () => {
    // Arrange
    const { fields: _none, ...error } = buildApiErrorBody('not_found').error;
    const fetch = createMockFetch([
      { path: '/api/me/applications/a-1', status: 404, body: { error } },
    ]);

    // Act
    const detail = createApiClient({ fetch }).getMyApplication('a-1');

    // Assert
    await expect(detail).rejects.toMatchObject({ status: 404, code: 'not_found', fields: [] });
  });

  it('calls a body that is not the API error shape an invalid_response, with or without the check', async () => {
    const fetch = createMockFetch([
      { path: '/api/municipalities', status: 502, body: '<html>Bad Gateway</html>' },
    ]);

    for (const contractCheck of [loadContractCheck, undefined]) {
      await expect(
        createApiClient({ fetch, contractCheck }).listMunicipalities(),
      ).rejects.toMatchObject({
        status: 502,
        code: 'invalid_response',
      });
    }
  });

  it('turns a network failure into a network_error', async () => {
    const client = createApiClient({
      contractCheck: loadContractCheck,
      fetch: () => Promise.reject(new TypeError('Failed to fetch')),
    });

    await expect(client.listMunicipalities()).rejects.toMatchObject({
      status: 0,
      code: 'network_error',
    });
  });

  it('accepts an empty 204 answer', async () => {
    const fetch = createMockFetch([
      { method: 'POST', path: '/api/me/notifications/n-1/read', status: 204 },
    ]);

    await expect(
      createApiClient({ fetch, contractCheck: loadContractCheck }).markNotificationRead('n-1'),
    ).resolves.toBeUndefined();
  });

  it('signs out and passes on the identity provider’s end-session URL', async () => {
    const fetch = createMockFetch([
      {
        method: 'POST',
        path: '/api/session/sign-out',
        body: { endSessionUrl: 'http://127.0.0.1:3900/session/end' },
      },
    ]);

    await expect(
      createApiClient({ fetch, contractCheck: loadContractCheck }).signOut(),
    ).resolves.toEqual({
      endSessionUrl: 'http://127.0.0.1:3900/session/end',
    });
  });

  it('builds the login URL the browser navigates to', () => {
    const client = createApiClient({ baseUrl: '' });

    expect(client.loginUrl('resident', '/applications?x=1')).toBe(
      '/api/auth/login?audience=resident&returnTo=%2Fapplications%3Fx%3D1',
    );
  });
});

describe('resident corrections and withdrawals', () => {
  it('posts the corrected answers and the withdrawal reason with the CSRF header', async () => {
    // Arrange
    const fetch = createMockFetch([
      {
        method: 'POST',
        path: '/api/me/applications/a-1/resubmit',
        body: buildResidentApplicationDetail({ status: 'resubmitted' }),
      },
      {
        method: 'POST',
        path: '/api/me/applications/a-1/withdraw',
        body: buildResidentApplicationDetail({ status: 'withdrawn' }),
      },
    ]);
    const client = createApiClient({ fetch, contractCheck: loadContractCheck });

    // Act
    const resubmitted = await client.resubmitMyApplication('a-1', { email: 'hanako@example.jp' });
    const withdrawn = await client.withdrawMyApplication('a-1', { reason: '転出のため' });

    // Assert
    expect([resubmitted.status, withdrawn.status]).toEqual(['resubmitted', 'withdrawn']);
    expect(
      fetch.requests.map((request) => [request.body, request.headers['x-madoguchi-csrf']]),
    ).toEqual([
      [{ answers: { email: 'hanako@example.jp' } }, '1'],
      [{ reason: '転出のため' }, '1'],
    ]);
  });
});

describe('notification settings', () => {
  it('reads and saves the preferences and the contact with PUT and the CSRF header', async () => {
    // Arrange
    const preferences = {
      ...DEFAULT_NOTIFICATION_PREFERENCES,
      quietHours: { start: '22:00', end: '07:00' },
    };
    const fetch = createMockFetch([
      { path: '/api/me/notification-preferences', body: preferences },
      {
        method: 'PUT',
        path: '/api/me/notification-preferences',
        respond: (request) => request.body,
      },
      {
        method: 'PUT',
        path: '/api/me/notification-contact',
        respond: (request) => ({
          ...(request.body as object),
          confirmation: 'pending',
          canResendAt: null,
        }),
      },
    ]);
    const client = createApiClient({ fetch, contractCheck: loadContractCheck });

    // Act
    const read = await client.getNotificationPreferences();
    const saved = await client.saveNotificationPreferences(read);
    const contact = await client.saveNotificationContact({ email: 'hanako@example.jp' });

    // Assert
    expect(saved).toEqual(preferences);
    expect(contact).toEqual({
      email: 'hanako@example.jp',
      confirmation: 'pending',
      canResendAt: null,
    });
    expect(
      fetch.requests.map((request) => [request.method, request.headers['x-madoguchi-csrf']]),
    ).toEqual([
      ['GET', undefined],
      ['PUT', '1'],
      ['PUT', '1'],
    ]);
  });

  it('forgets a push subscription with an empty 204 answer', async () => {
    const fetch = createMockFetch([
      { method: 'POST', path: '/api/me/push-subscriptions/unsubscribe', status: 204 },
    ]);

    await expect(
      createApiClient({ fetch, contractCheck: loadContractCheck }).unsubscribePush(
        'https://push.example/abc',
      ),
    ).resolves.toBeUndefined();
    expect(fetch.requests[0]?.body).toEqual({ endpoint: 'https://push.example/abc' });
  });

  it('throws an ApiRequestError when an invitation cannot be accepted', async () => {
    const fetch = createMockFetch([
      {
        method: 'POST',
        path: '/api/me/watchers/accept',
        status: 409,
        body: buildApiErrorBody('invitation_already_used'),
      },
    ]);

    await expect(
      createApiClient({ fetch, contractCheck: loadContractCheck }).acceptWatchInvitation({
        invitationCode: 'ABCD-EFGH-JKMN',
      }),
    ).rejects.toMatchObject({ status: 409, code: 'invitation_already_used' });
  });
});

describe('staff dead letters', () => {
  it('lists the failed deliveries and retries one with the CSRF header', async () => {
    // Arrange
    const letter = buildDeadLetter();
    const fetch = createMockFetch([
      { path: '/api/staff/notification-deliveries/dead-letters', body: [letter] },
      {
        method: 'POST',
        path: `/api/staff/notification-deliveries/${letter.id}/retry`,
        status: 204,
      },
    ]);
    const client = createApiClient({ fetch, contractCheck: loadContractCheck });

    // Act
    const letters = await client.listDeadLetters();
    const retried = await client.retryDeadLetter(letter.id);

    // Assert
    expect(letters).toEqual([letter]);
    expect(retried).toBeUndefined();
    expect(fetch.requests[1]?.headers).toMatchObject({ 'x-madoguchi-csrf': '1' });
  });

  it('passes on the 404 of a delivery retried already', async () => {
    const fetch = createMockFetch([
      {
        method: 'POST',
        path: '/api/staff/notification-deliveries/d-1/retry',
        status: 404,
        body: buildApiErrorBody('dead_letter_not_found'),
      },
    ]);

    await expect(
      createApiClient({ fetch, contractCheck: loadContractCheck }).retryDeadLetter('d-1'),
    ).rejects.toMatchObject({
      status: 404,
      code: 'dead_letter_not_found',
    });
  });
});
