import type {
  AcceptWatchInvitationRequest,
  CreateWatchInvitationRequest,
  DeadLetter,
  MyLifeRecords,
  MyWatchRelationships,
  EmailConfirmationResult,
  NotificationContact,
  NotificationContactView,
  NotificationPreferences,
  PushPublicKey,
  PushSubscriptionRequest,
  PushSubscriptionView,
  WatchInvitation,
  WatchRelationshipView,
} from '@madoguchi/notifications-contracts';
import type {
  ApplicationDetail,
  ApplicationNote,
  AssignApplicationRequest,
  Attachment,
  AttachmentFile,
  DraftDetail,
  DraftSummary,
  ExportQueryInput,
  InAppNotification,
  LifeEvent,
  LoginAudience,
  Municipality,
  MunicipalitySearchQuery,
  PostalAddress,
  ProcedureDetail,
  ProcedureFinderRequestInput,
  ProcedureForm,
  ProcedureRecommendation,
  ProcedureSearchQuery,
  ProcedureSummary,
  ResidentApplicationDetail,
  ResidentApplicationSummary,
  RevealPersonalDataRequest,
  RevealedPersonalData,
  SaveDraftRequest,
  SessionActor,
  SignOutResponse,
  StaffMember,
  SubmitApplicationRequest,
  TransitionRequest,
  UpdateDraftRequest,
  UploadAttachmentTarget,
  WithdrawApplicationRequest,
  WorkQueueItem,
  WorkQueuePage,
  WorkQueueQueryInput,
} from '@madoguchi/procedures-contracts';
import { administrationEndpoints } from './administration-endpoints.js';
import { counterEndpoints } from './counter-endpoints.js';
import { signatureEndpoints } from './signature-endpoints.js';
import { sealVerificationEndpoints } from './seal-verification-endpoints.js';
import { bulkAssignmentEndpoints } from './bulk-assignment-endpoints.js';
import { dashboardEndpoints } from './dashboard-endpoints.js';
import { ApiRequestError } from './api-request.error.js';
import { overlayEditorEndpoints } from './overlay-editor-endpoints.js';
import type { UploadProgressOptions } from './send-attachment.js';
import { sendAttachment } from './send-attachment.js';
import type { ContractCheckLoader, ResponseReader } from './read-response.js';
import { createResponseReader } from './read-response.js';
import type { ResponseBody, ResponseContractName } from './response-contracts.js';

/** The API refuses state-changing requests without it (a cross-site form cannot set a custom header). */
export const CSRF_HEADER = 'x-madoguchi-csrf';

/** The part of a fetch Response the client reads (`blob` for file downloads only). */
export type FetchResponse = Pick<Response, 'ok' | 'status' | 'text'> &
  Partial<Pick<Response, 'blob'>>;

/** The part of `fetch` the client uses: a string URL and RequestInit with plain-object headers. */
export type FetchFunction = (
  input: string,
  init: RequestInit & { headers: Record<string, string> },
) => Promise<FetchResponse>;

export type ApiClientOptions = {
  /** Prefix of every path; '' (same origin, `/api/...` through the dev proxy or the gateway) by default. */
  baseUrl?: string;
  fetch?: FetchFunction;
  /**
   * `loadContractCheck` to check every response body against its contract (zod and the response
   * schemas, loaded on the first request) and fail a mismatch as `invalid_response`: development,
   * tests, the console. Left out by the citizen app's production build, so a resident's phone
   * neither downloads zod nor builds the schemas (why that is safe: read-response.ts).
   */
  contractCheck?: ContractCheckLoader;
};

type RequestOptions<K extends ResponseContractName> = {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  body?: unknown;
  headers?: Record<string, string>;
  /** The contract of the response body (`RESPONSE_CONTRACTS` in response-contracts.ts). */
  contract: K;
};

/** Builds the typed client of the Madoguchi API; every response body has its contract's type. */
export function createApiClient({
  baseUrl = '',
  fetch: fetchFunction,
  contractCheck,
}: ApiClientOptions = {}) {
  const doFetch: FetchFunction = fetchFunction ?? ((input, init) => globalThis.fetch(input, init));
  const readResponse: ResponseReader = createResponseReader(contractCheck);

  /** Sends a request and returns the body, typed (and, when checking, checked) by its contract. */
  async function request<K extends ResponseContractName>(
    path: string,
    { method = 'GET', body, headers = {}, contract }: RequestOptions<K>,
  ): Promise<ResponseBody<K>> {
    const requestHeaders: Record<string, string> = { accept: 'application/json', ...headers };
    if (method !== 'GET') {
      requestHeaders[CSRF_HEADER] = '1';
    }
    if (body !== undefined) {
      requestHeaders['content-type'] = 'application/json';
    }
    let response: FetchResponse;
    try {
      response = await doFetch(`${baseUrl}${path}`, {
        method,
        credentials: 'include',
        headers: requestHeaders,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch {
      throw ApiRequestError.fromClientError('network_error');
    }
    return readResponse(contract, response.status, await readJson(response));
  }

  return {
    /** GET /api/session: the signed-in actor, or null when nobody is signed in (401). */
    async getSession(): Promise<SessionActor | null> {
      try {
        return await request('/api/session', { contract: 'session' });
      } catch (error) {
        if (error instanceof ApiRequestError && error.status === 401) {
          return null;
        }
        throw error;
      }
    },
    /**
     * Where the browser goes to sign in (a full-page navigation, not a fetch): the API redirects
     * to the identity provider and, after the login, back to `returnTo` (a path of this app).
     */
    loginUrl: (audience: LoginAudience, returnTo: string): string =>
      `${baseUrl}/api/auth/login?${new URLSearchParams({ audience, returnTo }).toString()}`,
    /**
     * A staff step-up: signs in again now, with the additional factor, and comes back to
     * `returnTo` (a 個人番号 reveal needs one within the last few minutes).
     */
    stepUpLoginUrl: (returnTo: string): string =>
      `${baseUrl}/api/auth/login?${new URLSearchParams({ audience: 'staff', stepUp: '1', returnTo }).toString()}`,
    /** Ends the session; `endSessionUrl` ends the identity provider's session too, if wanted. */
    signOut: (): Promise<SignOutResponse> =>
      request('/api/session/sign-out', { method: 'POST', contract: 'signOut' }),

    listMunicipalities: (): Promise<Municipality[]> =>
      request('/api/municipalities', { contract: 'municipalities' }),
    listProcedures: (municipalityCode: string): Promise<ProcedureSummary[]> =>
      request(`/api/municipalities/${encodeURIComponent(municipalityCode)}/procedures`, {
        contract: 'procedures',
      }),
    getProcedureForm: (
      municipalityCode: string,
      procedureId: string,
      version?: number,
    ): Promise<ProcedureForm> =>
      request(
        `/api/municipalities/${encodeURIComponent(municipalityCode)}/procedures/${encodeURIComponent(procedureId)}/form${
          version === undefined ? '' : `?version=${version}`
        }`,
        { contract: 'procedureForm' },
      ),

    /** GET /api/municipalities?q= or ?postalCode= (a code may span two municipalities). */
    searchMunicipalities: (query: MunicipalitySearchQuery): Promise<Municipality[]> =>
      request(`/api/municipalities${toQueryString(query)}`, { contract: 'municipalities' }),
    /** The catalog search: ?q= in kanji, kana or English, ?lifeEvent=, ?category=. */
    searchProcedures: (
      municipalityCode: string,
      query: ProcedureSearchQuery,
    ): Promise<ProcedureSummary[]> =>
      request(
        `/api/municipalities/${encodeURIComponent(municipalityCode)}/procedures${toQueryString(query)}`,
        { contract: 'procedures' },
      ),
    listLifeEvents: (municipalityCode?: string): Promise<LifeEvent[]> =>
      request(`/api/life-events${toQueryString({ municipality: municipalityCode })}`, {
        contract: 'lifeEvents',
      }),
    /** POST …/procedure-finder: the procedures that fit a household, with reason and deadline. */
    findProcedures: (
      municipalityCode: string,
      body: ProcedureFinderRequestInput,
    ): Promise<ProcedureRecommendation[]> =>
      request(`/api/municipalities/${encodeURIComponent(municipalityCode)}/procedure-finder`, {
        method: 'POST',
        body,
        contract: 'procedureRecommendations',
      }),
    getProcedureDetail: (municipalityCode: string, procedureId: string): Promise<ProcedureDetail> =>
      request(
        `/api/municipalities/${encodeURIComponent(municipalityCode)}/procedures/${encodeURIComponent(procedureId)}`,
        { contract: 'procedureDetail' },
      ),
    /** 郵便番号 → 住所 from the data shipped with the API; an unknown code gives []. */
    async lookUpPostalCode(postalCode: string): Promise<PostalAddress[]> {
      try {
        const result = await request(`/api/postal-codes/${encodeURIComponent(postalCode)}`, {
          contract: 'postalCodeLookup',
        });
        return result.addresses;
      } catch (error) {
        if (error instanceof ApiRequestError && error.status === 404) {
          return [];
        }
        throw error;
      }
    },

    /** POST /api/applications; the same idempotency key (one per form session) never submits twice. */
    submitApplication: (
      body: SubmitApplicationRequest,
      idempotencyKey: string,
    ): Promise<ResidentApplicationDetail> =>
      request('/api/applications', {
        method: 'POST',
        body,
        headers: { 'Idempotency-Key': idempotencyKey },
        contract: 'myApplicationDetail',
      }),
    listMyApplications: (): Promise<ResidentApplicationSummary[]> =>
      request('/api/me/applications', { contract: 'myApplicationSummaries' }),
    getMyApplication: (id: string): Promise<ResidentApplicationDetail> =>
      request(`/api/me/applications/${encodeURIComponent(id)}`, {
        contract: 'myApplicationDetail',
      }),
    /** The URL of the PDF 控え of an application (a download link: the browser sends the cookie). */
    receiptPdfUrl: (id: string): string =>
      `${baseUrl}/api/me/applications/${encodeURIComponent(id)}/receipt.pdf`,
    /** POST /api/me/applications/:id/resubmit: the corrected answers after a 補正依頼. */
    resubmitMyApplication: (
      id: string,
      answers: Record<string, unknown>,
    ): Promise<ResidentApplicationDetail> =>
      request(`/api/me/applications/${encodeURIComponent(id)}/resubmit`, {
        method: 'POST',
        body: { answers },
        contract: 'myApplicationDetail',
      }),
    /** POST /api/me/applications/:id/withdraw: 取下げ before a decision. */
    withdrawMyApplication: (
      id: string,
      body: WithdrawApplicationRequest,
    ): Promise<ResidentApplicationDetail> =>
      request(`/api/me/applications/${encodeURIComponent(id)}/withdraw`, {
        method: 'POST',
        body,
        contract: 'myApplicationDetail',
      }),
    /** 一時保存: POST starts a draft, PUT saves each step, DELETE discards it. */
    createDraft: (body: SaveDraftRequest): Promise<DraftDetail> =>
      request('/api/me/drafts', { method: 'POST', body, contract: 'draftDetail' }),
    updateDraft: (id: string, body: UpdateDraftRequest): Promise<DraftDetail> =>
      request(`/api/me/drafts/${encodeURIComponent(id)}`, {
        method: 'PUT',
        body,
        contract: 'draftDetail',
      }),
    listMyDrafts: (): Promise<DraftSummary[]> =>
      request('/api/me/drafts', { contract: 'draftSummaries' }),
    getMyDraft: (id: string): Promise<DraftDetail> =>
      request(`/api/me/drafts/${encodeURIComponent(id)}`, { contract: 'draftDetail' }),
    deleteMyDraft: (id: string): Promise<void> =>
      request(`/api/me/drafts/${encodeURIComponent(id)}`, {
        method: 'DELETE',
        contract: 'noContent',
      }),

    /** 添付: POST /api/attachments (multipart, streamed), with upload progress. */
    uploadAttachment: (
      target: UploadAttachmentTarget,
      file: File,
      options: UploadProgressOptions = {},
    ): Promise<Attachment> =>
      sendAttachment(
        `${baseUrl}/api/attachments`,
        { [CSRF_HEADER]: '1' },
        readResponse,
        target,
        file,
        options,
      ),
    /** Deletes an own attachment that no submitted application references yet. */
    deleteAttachment: (id: string): Promise<void> =>
      request(`/api/attachments/${encodeURIComponent(id)}`, {
        method: 'DELETE',
        contract: 'noContent',
      }),
    /**
     * The bytes of an attachment (GET /api/attachments/:id with the session cookie; the API audits
     * a staff download), to preview or save it without putting a URL to personal data anywhere.
     */
    async downloadAttachment(id: string): Promise<Blob> {
      let response: FetchResponse;
      try {
        response = await doFetch(`${baseUrl}/api/attachments/${encodeURIComponent(id)}`, {
          method: 'GET',
          credentials: 'include',
          headers: { accept: '*/*' },
        });
      } catch {
        throw ApiRequestError.fromClientError('network_error');
      }
      if (!response.ok) {
        // The error body is the API's JSON error shape: a non-2xx status always throws it.
        await readResponse('apiError', response.status, await readJson(response));
      }
      if (!response.ok || !response.blob) {
        throw ApiRequestError.fromClientError('invalid_response', response.status);
      }
      return response.blob();
    },
    /** The name and size of an own attachment (to show it again in a correction). */
    getAttachmentFile: (id: string): Promise<AttachmentFile> =>
      request(`/api/attachments/${encodeURIComponent(id)}/meta`, { contract: 'attachmentFile' }),

    listMyNotifications: (): Promise<InAppNotification[]> =>
      request('/api/me/notifications', { contract: 'notifications' }),
    markNotificationRead: (id: string): Promise<void> =>
      request(`/api/me/notifications/${encodeURIComponent(id)}/read`, {
        method: 'POST',
        contract: 'noContent',
      }),

    /** 通知の設定: which categories reach the resident, on which channels, and when. */
    getNotificationPreferences: (): Promise<NotificationPreferences> =>
      request('/api/me/notification-preferences', { contract: 'notificationPreferences' }),
    saveNotificationPreferences: (
      preferences: NotificationPreferences,
    ): Promise<NotificationPreferences> =>
      request('/api/me/notification-preferences', {
        method: 'PUT',
        body: preferences,
        contract: 'notificationPreferences',
      }),
    getNotificationContact: (): Promise<NotificationContactView> =>
      request('/api/me/notification-contact', { contract: 'notificationContact' }),
    /** A new address is pending until its owner follows the link of the confirmation mail. */
    saveNotificationContact: (contact: NotificationContact): Promise<NotificationContactView> =>
      request('/api/me/notification-contact', {
        method: 'PUT',
        body: contact,
        contract: 'notificationContact',
      }),
    resendEmailConfirmation: (): Promise<NotificationContactView> =>
      request('/api/me/notification-contact/confirmation-mail', {
        method: 'POST',
        contract: 'notificationContact',
      }),
    /** The confirmation link's token (no sign-in needed: a proxy form's address has no account). */
    submitEmailConfirmation: (
      action: 'confirm' | 'decline',
      token: string,
    ): Promise<EmailConfirmationResult> =>
      request(`/api/email-confirmations/${action}`, {
        method: 'POST',
        body: { token },
        contract: 'emailConfirmationResult',
      }),
    /** The VAPID public key a browser subscribes to Web Push with. */
    getPushPublicKey: (): Promise<PushPublicKey> =>
      request('/api/notifications/push-public-key', { contract: 'pushPublicKey' }),
    listPushSubscriptions: (): Promise<PushSubscriptionView[]> =>
      request('/api/me/push-subscriptions', { contract: 'pushSubscriptions' }),
    subscribePush: (subscription: PushSubscriptionRequest): Promise<PushSubscriptionView> =>
      request('/api/me/push-subscriptions', {
        method: 'POST',
        body: subscription,
        contract: 'pushSubscription',
      }),
    unsubscribePush: (endpoint: string): Promise<void> =>
      request('/api/me/push-subscriptions/unsubscribe', {
        method: 'POST',
        body: { endpoint },
        contract: 'noContent',
      }),
    /** 見守り: who watches the resident, and whom the resident watches. */
    listMyWatchers: (): Promise<MyWatchRelationships> =>
      request('/api/me/watchers', { contract: 'myWatchers' }),
    inviteWatcher: (invitation: CreateWatchInvitationRequest): Promise<WatchInvitation> =>
      request('/api/me/watchers/invitations', {
        method: 'POST',
        body: invitation,
        contract: 'watchInvitation',
      }),
    acceptWatchInvitation: (
      acceptance: AcceptWatchInvitationRequest,
    ): Promise<WatchRelationshipView> =>
      request('/api/me/watchers/accept', {
        method: 'POST',
        body: acceptance,
        contract: 'watchRelationship',
      }),
    endWatch: (id: string): Promise<WatchRelationshipView> =>
      request(`/api/me/watchers/${encodeURIComponent(id)}/end`, {
        method: 'POST',
        contract: 'watchRelationship',
      }),
    /**
     * 通知のもとになっている情報: the resident's life records, where each came from and the
     * reminders it will bring in the coming year.
     */
    getMyLifeRecords: (): Promise<MyLifeRecords> =>
      request('/api/me/life-records', { contract: 'myLifeRecords' }),

    /** GET /api/staff/applications: one page of the work queue (pass `nextCursor` for the next). */
    listStaffApplications: (query: WorkQueueQueryInput = {}): Promise<WorkQueuePage> =>
      request(`/api/staff/applications${toQueryString(query)}`, { contract: 'workQueuePage' }),
    /** The URL of an export file (a download link: the browser sends the session cookie). */
    staffExportUrl: (query: ExportQueryInput): string =>
      `${baseUrl}/api/staff/applications/export${toQueryString(query)}`,
    assignApplication: (id: string, body: AssignApplicationRequest): Promise<WorkQueueItem> =>
      request(`/api/staff/applications/${encodeURIComponent(id)}/assign`, {
        method: 'POST',
        body,
        contract: 'workQueueItem',
      }),
    listApplicationNotes: (id: string): Promise<ApplicationNote[]> =>
      request(`/api/staff/applications/${encodeURIComponent(id)}/notes`, {
        contract: 'applicationNotes',
      }),
    /** Shows one protected value (個人番号) in full; audited, for a 事務取扱担当者 after a step-up. */
    revealPersonalData: (
      id: string,
      body: RevealPersonalDataRequest,
    ): Promise<RevealedPersonalData> =>
      request(`/api/staff/applications/${encodeURIComponent(id)}/personal-data/reveal`, {
        method: 'POST',
        body,
        contract: 'revealedPersonalData',
      }),
    addApplicationNote: (id: string, body: string): Promise<ApplicationNote> =>
      request(`/api/staff/applications/${encodeURIComponent(id)}/notes`, {
        method: 'POST',
        body: { body },
        contract: 'applicationNote',
      }),
    listStaffMembers: (): Promise<StaffMember[]> =>
      request('/api/staff/members', { contract: 'staffMembers' }),
    getStaffApplication: (id: string): Promise<ApplicationDetail> =>
      request(`/api/staff/applications/${encodeURIComponent(id)}`, {
        contract: 'applicationDetail',
      }),
    transitionApplication: (id: string, body: TransitionRequest): Promise<ApplicationDetail> =>
      request(`/api/staff/applications/${encodeURIComponent(id)}/transitions`, {
        method: 'POST',
        body,
        contract: 'applicationDetail',
      }),

    /**
     * GET /api/staff/notification-deliveries/dead-letters: deliveries of the staff member's
     * municipality that failed for good, newest first (the resident id, never the address).
     */
    listDeadLetters: (): Promise<DeadLetter[]> =>
      request('/api/staff/notification-deliveries/dead-letters', {
        contract: 'deadLetters',
      }),
    /** Sends a failed delivery again with the full retry policy (audited); 404 once retried. */
    retryDeadLetter: (id: string): Promise<void> =>
      request(`/api/staff/notification-deliveries/${encodeURIComponent(id)}/retry`, {
        method: 'POST',
        contract: 'noContent',
      }),
    ...administrationEndpoints(request),
    ...dashboardEndpoints(request, baseUrl),
    ...bulkAssignmentEndpoints(request, toQueryString),
    ...overlayEditorEndpoints(request),
    ...signatureEndpoints(request),
    ...sealVerificationEndpoints(
      request,
      async (path, file, contentType, contract) => {
        let response: FetchResponse;
        try {
          response = await doFetch(`${baseUrl}${path}`, {
            method: 'POST',
            credentials: 'include',
            headers: {
              accept: 'application/json',
              'content-type': contentType,
              [CSRF_HEADER]: '1',
            },
            body: file,
          });
        } catch {
          throw ApiRequestError.fromClientError('network_error');
        }
        return readResponse(contract, response.status, await readJson(response));
      },
      baseUrl,
    ),
    ...counterEndpoints(request, {
      upload: (path, target, file, options) =>
        sendAttachment(
          `${baseUrl}${path}`,
          { [CSRF_HEADER]: '1' },
          readResponse,
          target,
          file,
          options,
        ),
      download: async (path, { method, body }) => {
        const headers: Record<string, string> = { accept: '*/*' };
        if (method !== 'GET') {
          headers[CSRF_HEADER] = '1';
        }
        if (body !== undefined) {
          headers['content-type'] = 'application/json';
        }
        let response: FetchResponse;
        try {
          response = await doFetch(`${baseUrl}${path}`, {
            method,
            credentials: 'include',
            headers,
            body: body === undefined ? undefined : JSON.stringify(body),
          });
        } catch {
          throw ApiRequestError.fromClientError('network_error');
        }
        if (!response.ok) {
          // The error body is the API's JSON error shape: a non-2xx status always throws it.
          await readResponse('apiError', response.status, await readJson(response));
        }
        if (!response.ok || !response.blob) {
          throw ApiRequestError.fromClientError('invalid_response', response.status);
        }
        return response.blob();
      },
    }),
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;

/**
 * A query string of the set values in a fixed order (the status list comma-separated), or '' when
 * none is set, so the same filters always make the same URL.
 */
function toQueryString(
  query: Record<string, string | number | readonly string[] | undefined>,
): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    const text = Array.isArray(value) ? value.join(',') : value === undefined ? '' : String(value);
    if (text !== '') {
      params.set(name, text);
    }
  }
  const search = params.toString();
  return search === '' ? '' : `?${search}`;
}

/** The body as JSON, `undefined` for an empty body (204), or the text when it is not JSON. */
async function readJson(response: FetchResponse): Promise<unknown> {
  const text = await response.text();
  if (text === '') {
    return undefined;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
