import type {
  ApplicationDetail,
  ResidentApplicationDetail,
  ResidentApplicationSummary,
  DraftDetail,
  DraftSummary,
  InAppNotification,
  SaveDraftRequest,
  UpdateDraftRequest,
  WithdrawApplicationRequest,
  Municipality,
  ProcedureForm,
  ProcedureSummary,
  LoginAudience,
  SessionActor,
  SignOutResponse,
  SubmitApplicationRequest,
  TransitionRequest,
} from '@madoguchi/procedures-contracts';
import {
  apiErrorSchema,
  applicationDetailSchema,
  residentApplicationDetailSchema,
  residentApplicationSummarySchema,
  draftDetailSchema,
  draftSummarySchema,
  inAppNotificationSchema,
  municipalitySchema,
  procedureFormSchema,
  procedureSummarySchema,
  sessionActorSchema,
  signOutResponseSchema,
} from '@madoguchi/procedures-contracts';
import type {
  ApplicationNote,
  AssignApplicationRequest,
  ExportQueryInput,
  StaffMember,
  WorkQueueItem,
  WorkQueuePage,
  WorkQueueQueryInput,
} from '@madoguchi/procedures-contracts';
import {
  applicationNoteSchema,
  staffMemberSchema,
  workQueueItemSchema,
  workQueuePageSchema,
} from '@madoguchi/procedures-contracts';
import type {
  AcceptWatchInvitationRequest,
  CreateWatchInvitationRequest,
  DeadLetter,
  MyLifeRecords,
  MyWatchRelationships,
  NotificationContact,
  NotificationPreferences,
  PushPublicKey,
  PushSubscriptionRequest,
  PushSubscriptionView,
  WatchInvitation,
  WatchRelationshipView,
} from '@madoguchi/notifications-contracts';
import {
  deadLetterSchema,
  myLifeRecordsSchema,
  myWatchRelationshipsSchema,
  notificationContactSchema,
  notificationPreferencesSchema,
  pushPublicKeySchema,
  pushSubscriptionSchema,
  watchInvitationSchema,
  watchRelationshipSchema,
} from '@madoguchi/notifications-contracts';
import type {
  LifeEvent,
  MunicipalitySearchQuery,
  PostalAddress,
  ProcedureDetail,
  ProcedureFinderRequestInput,
  ProcedureRecommendation,
  ProcedureSearchQuery,
} from '@madoguchi/procedures-contracts';
import {
  lifeEventSchema,
  postalCodeLookupSchema,
  procedureDetailSchema,
  procedureRecommendationSchema,
} from '@madoguchi/procedures-contracts';
import type {
  Attachment,
  AttachmentFile,
  UploadAttachmentTarget,
} from '@madoguchi/procedures-contracts';
import { attachmentFileSchema } from '@madoguchi/procedures-contracts';
import { z } from 'zod';
import { ApiRequestError } from './api-request.error.js';
import type { UploadProgressOptions } from './send-attachment.js';
import { sendAttachment } from './send-attachment.js';

/** The API refuses state-changing requests without it (a cross-site form cannot set a custom header). */
export const CSRF_HEADER = 'x-madoguchi-csrf';

/** The part of a fetch Response the client reads. */
export type FetchResponse = Pick<Response, 'ok' | 'status' | 'text'>;

/** The part of `fetch` the client uses: a string URL and RequestInit with plain-object headers. */
export type FetchFunction = (
  input: string,
  init: RequestInit & { headers: Record<string, string> },
) => Promise<FetchResponse>;

export type ApiClientOptions = {
  /** Prefix of every path; '' (same origin, `/api/...` through the dev proxy or the gateway) by default. */
  baseUrl?: string;
  fetch?: FetchFunction;
};

type RequestOptions<S extends z.ZodType> = {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  body?: unknown;
  headers?: Record<string, string>;
  schema: S;
};

const noContentSchema = z.undefined();

/** Builds the typed client of the Madoguchi API; every response is parsed with its contract schema. */
export function createApiClient({ baseUrl = '', fetch: fetchFunction }: ApiClientOptions = {}) {
  const doFetch: FetchFunction = fetchFunction ?? ((input, init) => globalThis.fetch(input, init));

  /** Sends a request and returns the body parsed by `schema` (its output type, defaults applied). */
  async function request<S extends z.ZodType>(
    path: string,
    { method = 'GET', body, headers = {}, schema }: RequestOptions<S>,
  ): Promise<z.output<S>> {
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
    const payload = await readJson(response);
    if (!response.ok) {
      const parsedError = apiErrorSchema.safeParse(payload);
      throw parsedError.success
        ? new ApiRequestError(response.status, parsedError.data.error)
        : ApiRequestError.fromClientError('invalid_response', response.status);
    }
    const parsed = schema.safeParse(payload);
    if (!parsed.success) {
      throw ApiRequestError.fromClientError('invalid_response', response.status);
    }
    return parsed.data;
  }

  return {
    /** GET /api/session: the signed-in actor, or null when nobody is signed in (401). */
    async getSession(): Promise<SessionActor | null> {
      try {
        return await request('/api/session', { schema: sessionActorSchema });
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
    /** Ends the session; `endSessionUrl` ends the identity provider's session too, if wanted. */
    signOut: (): Promise<SignOutResponse> =>
      request('/api/session/sign-out', { method: 'POST', schema: signOutResponseSchema }),

    listMunicipalities: (): Promise<Municipality[]> =>
      request('/api/municipalities', { schema: z.array(municipalitySchema) }),
    listProcedures: (municipalityCode: string): Promise<ProcedureSummary[]> =>
      request(`/api/municipalities/${encodeURIComponent(municipalityCode)}/procedures`, {
        schema: z.array(procedureSummarySchema),
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
        { schema: procedureFormSchema },
      ),

    /** GET /api/municipalities?q= or ?postalCode= (a code may span two municipalities). */
    searchMunicipalities: (query: MunicipalitySearchQuery): Promise<Municipality[]> =>
      request(`/api/municipalities${toQueryString(query)}`, { schema: z.array(municipalitySchema) }),
    /** The catalog search: ?q= in kanji, kana or English, ?lifeEvent=, ?category=. */
    searchProcedures: (
      municipalityCode: string,
      query: ProcedureSearchQuery,
    ): Promise<ProcedureSummary[]> =>
      request(
        `/api/municipalities/${encodeURIComponent(municipalityCode)}/procedures${toQueryString(query)}`,
        { schema: z.array(procedureSummarySchema) },
      ),
    listLifeEvents: (municipalityCode?: string): Promise<LifeEvent[]> =>
      request(`/api/life-events${toQueryString({ municipality: municipalityCode })}`, {
        schema: z.array(lifeEventSchema),
      }),
    /** POST …/procedure-finder: the procedures that fit a household, with reason and deadline. */
    findProcedures: (
      municipalityCode: string,
      body: ProcedureFinderRequestInput,
    ): Promise<ProcedureRecommendation[]> =>
      request(`/api/municipalities/${encodeURIComponent(municipalityCode)}/procedure-finder`, {
        method: 'POST',
        body,
        schema: z.array(procedureRecommendationSchema),
      }),
    getProcedureDetail: (municipalityCode: string, procedureId: string): Promise<ProcedureDetail> =>
      request(
        `/api/municipalities/${encodeURIComponent(municipalityCode)}/procedures/${encodeURIComponent(procedureId)}`,
        { schema: procedureDetailSchema },
      ),
    /** 郵便番号 → 住所 from the data shipped with the API; an unknown code gives []. */
    async lookUpPostalCode(postalCode: string): Promise<PostalAddress[]> {
      try {
        const result = await request(`/api/postal-codes/${encodeURIComponent(postalCode)}`, {
          schema: postalCodeLookupSchema,
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
        schema: residentApplicationDetailSchema,
      }),
    listMyApplications: (): Promise<ResidentApplicationSummary[]> =>
      request('/api/me/applications', { schema: z.array(residentApplicationSummarySchema) }),
    getMyApplication: (id: string): Promise<ResidentApplicationDetail> =>
      request(`/api/me/applications/${encodeURIComponent(id)}`, {
        schema: residentApplicationDetailSchema,
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
        schema: residentApplicationDetailSchema,
      }),
    /** POST /api/me/applications/:id/withdraw: 取下げ before a decision. */
    withdrawMyApplication: (
      id: string,
      body: WithdrawApplicationRequest,
    ): Promise<ResidentApplicationDetail> =>
      request(`/api/me/applications/${encodeURIComponent(id)}/withdraw`, {
        method: 'POST',
        body,
        schema: residentApplicationDetailSchema,
      }),
    /** 一時保存: POST starts a draft, PUT saves each step, DELETE discards it. */
    createDraft: (body: SaveDraftRequest): Promise<DraftDetail> =>
      request('/api/me/drafts', { method: 'POST', body, schema: draftDetailSchema }),
    updateDraft: (id: string, body: UpdateDraftRequest): Promise<DraftDetail> =>
      request(`/api/me/drafts/${encodeURIComponent(id)}`, { method: 'PUT', body, schema: draftDetailSchema }),
    listMyDrafts: (): Promise<DraftSummary[]> =>
      request('/api/me/drafts', { schema: z.array(draftSummarySchema) }),
    getMyDraft: (id: string): Promise<DraftDetail> =>
      request(`/api/me/drafts/${encodeURIComponent(id)}`, { schema: draftDetailSchema }),
    deleteMyDraft: (id: string): Promise<void> =>
      request(`/api/me/drafts/${encodeURIComponent(id)}`, { method: 'DELETE', schema: noContentSchema }),

    /** 添付: POST /api/attachments (multipart, streamed), with upload progress. */
    uploadAttachment: (
      target: UploadAttachmentTarget,
      file: File,
      options: UploadProgressOptions = {},
    ): Promise<Attachment> =>
      sendAttachment(`${baseUrl}/api/attachments`, { [CSRF_HEADER]: '1' }, target, file, options),
    /** Deletes an own attachment that no submitted application references yet. */
    deleteAttachment: (id: string): Promise<void> =>
      request(`/api/attachments/${encodeURIComponent(id)}`, {
        method: 'DELETE',
        schema: noContentSchema,
      }),
    /** The name and size of an own attachment (to show it again in a correction). */
    getAttachmentFile: (id: string): Promise<AttachmentFile> =>
      request(`/api/attachments/${encodeURIComponent(id)}/meta`, { schema: attachmentFileSchema }),

    listMyNotifications: (): Promise<InAppNotification[]> =>
      request('/api/me/notifications', { schema: z.array(inAppNotificationSchema) }),
    markNotificationRead: (id: string): Promise<void> =>
      request(`/api/me/notifications/${encodeURIComponent(id)}/read`, {
        method: 'POST',
        schema: noContentSchema,
      }),

    /** 通知の設定: which categories reach the resident, on which channels, and when. */
    getNotificationPreferences: (): Promise<NotificationPreferences> =>
      request('/api/me/notification-preferences', { schema: notificationPreferencesSchema }),
    saveNotificationPreferences: (
      preferences: NotificationPreferences,
    ): Promise<NotificationPreferences> =>
      request('/api/me/notification-preferences', {
        method: 'PUT',
        body: preferences,
        schema: notificationPreferencesSchema,
      }),
    getNotificationContact: (): Promise<NotificationContact> =>
      request('/api/me/notification-contact', { schema: notificationContactSchema }),
    saveNotificationContact: (contact: NotificationContact): Promise<NotificationContact> =>
      request('/api/me/notification-contact', {
        method: 'PUT',
        body: contact,
        schema: notificationContactSchema,
      }),
    /** The VAPID public key a browser subscribes to Web Push with. */
    getPushPublicKey: (): Promise<PushPublicKey> =>
      request('/api/notifications/push-public-key', { schema: pushPublicKeySchema }),
    listPushSubscriptions: (): Promise<PushSubscriptionView[]> =>
      request('/api/me/push-subscriptions', { schema: z.array(pushSubscriptionSchema) }),
    subscribePush: (subscription: PushSubscriptionRequest): Promise<PushSubscriptionView> =>
      request('/api/me/push-subscriptions', {
        method: 'POST',
        body: subscription,
        schema: pushSubscriptionSchema,
      }),
    unsubscribePush: (endpoint: string): Promise<void> =>
      request('/api/me/push-subscriptions/unsubscribe', {
        method: 'POST',
        body: { endpoint },
        schema: noContentSchema,
      }),
    /** 見守り: who watches the resident, and whom the resident watches. */
    listMyWatchers: (): Promise<MyWatchRelationships> =>
      request('/api/me/watchers', { schema: myWatchRelationshipsSchema }),
    inviteWatcher: (invitation: CreateWatchInvitationRequest): Promise<WatchInvitation> =>
      request('/api/me/watchers/invitations', {
        method: 'POST',
        body: invitation,
        schema: watchInvitationSchema,
      }),
    acceptWatchInvitation: (
      acceptance: AcceptWatchInvitationRequest,
    ): Promise<WatchRelationshipView> =>
      request('/api/me/watchers/accept', {
        method: 'POST',
        body: acceptance,
        schema: watchRelationshipSchema,
      }),
    endWatch: (id: string): Promise<WatchRelationshipView> =>
      request(`/api/me/watchers/${encodeURIComponent(id)}/end`, {
        method: 'POST',
        schema: watchRelationshipSchema,
      }),
    /**
     * 通知のもとになっている情報: the resident's life records, where each came from and the
     * reminders it will bring in the coming year.
     */
    getMyLifeRecords: (): Promise<MyLifeRecords> =>
      request('/api/me/life-records', { schema: myLifeRecordsSchema }),

    /** GET /api/staff/applications: one page of the work queue (pass `nextCursor` for the next). */
    listStaffApplications: (query: WorkQueueQueryInput = {}): Promise<WorkQueuePage> =>
      request(`/api/staff/applications${toQueryString(query)}`, { schema: workQueuePageSchema }),
    /** The URL of an export file (a download link: the browser sends the session cookie). */
    staffExportUrl: (query: ExportQueryInput): string =>
      `${baseUrl}/api/staff/applications/export${toQueryString(query)}`,
    assignApplication: (id: string, body: AssignApplicationRequest): Promise<WorkQueueItem> =>
      request(`/api/staff/applications/${encodeURIComponent(id)}/assign`, {
        method: 'POST',
        body,
        schema: workQueueItemSchema,
      }),
    listApplicationNotes: (id: string): Promise<ApplicationNote[]> =>
      request(`/api/staff/applications/${encodeURIComponent(id)}/notes`, {
        schema: z.array(applicationNoteSchema),
      }),
    addApplicationNote: (id: string, body: string): Promise<ApplicationNote> =>
      request(`/api/staff/applications/${encodeURIComponent(id)}/notes`, {
        method: 'POST',
        body: { body },
        schema: applicationNoteSchema,
      }),
    listStaffMembers: (): Promise<StaffMember[]> =>
      request('/api/staff/members', { schema: z.array(staffMemberSchema) }),
    getStaffApplication: (id: string): Promise<ApplicationDetail> =>
      request(`/api/staff/applications/${encodeURIComponent(id)}`, {
        schema: applicationDetailSchema,
      }),
    transitionApplication: (id: string, body: TransitionRequest): Promise<ApplicationDetail> =>
      request(`/api/staff/applications/${encodeURIComponent(id)}/transitions`, {
        method: 'POST',
        body,
        schema: applicationDetailSchema,
      }),

    /**
     * GET /api/staff/notification-deliveries/dead-letters: deliveries of the staff member's
     * municipality that failed for good, newest first (the resident id, never the address).
     */
    listDeadLetters: (): Promise<DeadLetter[]> =>
      request('/api/staff/notification-deliveries/dead-letters', {
        schema: z.array(deadLetterSchema),
      }),
    /** Sends a failed delivery again with the full retry policy (audited); 404 once retried. */
    retryDeadLetter: (id: string): Promise<void> =>
      request(`/api/staff/notification-deliveries/${encodeURIComponent(id)}/retry`, {
        method: 'POST',
        schema: noContentSchema,
      }),
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;

/**
 * A query string of the set values in a fixed order (the status list comma-separated), or '' when
 * none is set, so the same filters always make the same URL.
 */
function toQueryString(query: Record<string, string | number | readonly string[] | undefined>): string {
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
