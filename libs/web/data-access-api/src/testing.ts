import type {
  ApplicationDetail,
  ApplicationSummary,
  ResidentApplicationDetail,
  ResidentApplicationSummary,
  DevAccount,
  InAppNotification,
  LifeEvent,
  Municipality,
  ProcedureDetail,
  ProcedureRecommendation,
  ProcedureSummary,
  SessionActor,
  ApplicationNote,
  StaffAttachment,
  StaffMember,
  WorkQueueItem,
  WorkQueuePage,
} from '@madoguchi/procedures-contracts';
import type {
  DeadLetter,
  LifeRecordOffice,
  MyLifeRecord,
  MyLifeRecords,
} from '@madoguchi/notifications-contracts';
import type { FormDefinition, FormDefinitionInput } from '@madoguchi/forms-schema';
import { parseFormDefinition } from '@madoguchi/forms-schema';
import { buildFormDefinitionInput } from '@madoguchi/forms-schema/testing';
import type { FetchFunction, FetchResponse } from './api-client.js';

export type MockRequest = {
  method: string;
  /** Path and query, e.g. `/api/staff/applications?status=submitted`. */
  path: string;
  headers: Record<string, string>;
  body: unknown;
};

export type MockRoute = {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Exact path (with query) or a pattern. */
  path: string | RegExp;
  status?: number;
  body?: unknown;
  /** Computes the response body from the request instead of `body`. */
  respond?: (request: MockRequest) => unknown;
  /** A file download: the response's `blob()` gives it (instead of a JSON `body`). */
  file?: Blob;
};

export type MockFetch = FetchFunction & { requests: MockRequest[] };

/**
 * A fetch that answers from a route table, for tests that mock the API at the data-access
 * boundary only. Unknown routes answer 404 with an API error body; every request is recorded.
 */
export function createMockFetch(routes: readonly MockRoute[]): MockFetch {
  const requests: MockRequest[] = [];
  const mockFetch: FetchFunction = (input, init) => {
    const url = new URL(input, 'http://madoguchi.test');
    const path = `${url.pathname}${url.search}`;
    const method = (init.method ?? 'GET').toUpperCase();
    const headers = Object.fromEntries(
      Object.entries(init.headers).map(([name, value]) => [name.toLowerCase(), value]),
    );
    const body = typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
    const request: MockRequest = { method, path, headers, body };
    requests.push(request);
    const route = routes.find(
      (candidate) =>
        (candidate.method ?? 'GET') === method &&
        (typeof candidate.path === 'string' ? candidate.path === path : candidate.path.test(path)),
    );
    if (!route) {
      return Promise.resolve(
        jsonResponse(404, {
          error: {
            code: 'not_found',
            message: { ja: '見つかりません', en: `No mock for ${method} ${path}` },
            fields: [],
          },
        }),
      );
    }
    if (route.file) {
      const file = route.file;
      return Promise.resolve({
        ok: true,
        status: route.status ?? 200,
        text: () => file.text(),
        blob: () => Promise.resolve(file),
      });
    }
    const responseBody = route.respond ? route.respond(request) : route.body;
    return Promise.resolve(jsonResponse(route.status ?? 200, responseBody));
  };
  return Object.assign(mockFetch, { requests });
}

function jsonResponse(status: number, body: unknown): FetchResponse {
  // jsdom has no fetch Response: a plain object with what the client reads is enough.
  const text = body === undefined || status === 204 ? '' : JSON.stringify(body);
  return { ok: status >= 200 && status < 300, status, text: () => Promise.resolve(text) };
}

/**
 * A form definition as the API serves it: parsed, so with the defaults filled in (the client
 * hands answers on as sent, and the contract check refuses a body that leaves a default out).
 */
export function buildServedFormDefinition(
  overrides: Partial<FormDefinitionInput> = {},
): FormDefinition {
  return parseFormDefinition(buildFormDefinitionInput(overrides));
}

/** An API error body as the API sends it. */
export function buildApiErrorBody(
  code: string,
  fields: {
    path: string;
    code: string;
    message: { ja: string; en: string; easyJa?: string };
  }[] = [],
) {
  return { error: { code, message: { ja: `エラー（${code}）`, en: `Error (${code})` }, fields } };
}

export function buildResidentActor(overrides: Partial<SessionActor> = {}): SessionActor {
  return {
    kind: 'resident',
    id: 'resident-1',
    displayName: '山田 花子',
    municipalityCode: null,
    staffRole: null,
    identityLevel: 3,
    ...overrides,
  };
}

export function buildStaffActor(overrides: Partial<SessionActor> = {}): SessionActor {
  return {
    kind: 'staff',
    id: 'staff-1',
    displayName: '佐藤 一郎',
    municipalityCode: '131016',
    staffRole: 'caseworker',
    identityLevel: 2,
    ...overrides,
  };
}

export function buildDevAccount(overrides: Partial<DevAccount> = {}): DevAccount {
  return { ...buildResidentActor(), description: '住民（子育て中）', ...overrides };
}

export function buildMunicipality(overrides: Partial<Municipality> = {}): Municipality {
  return {
    code: '131016',
    name: { ja: '千代田区', en: 'Chiyoda City' },
    prefecture: { ja: '東京都', en: 'Tokyo' },
    ...overrides,
  };
}

export function buildProcedureSummary(overrides: Partial<ProcedureSummary> = {}): ProcedureSummary {
  return {
    id: 'pregnancy-notification',
    municipalityCode: '131016',
    title: { ja: '妊娠の届出', en: 'Pregnancy notification', easyJa: 'にんしんの とどけ' },
    summary: {
      ja: '妊娠したことを届け出て、母子健康手帳を受け取ります。',
      en: 'Notify your pregnancy and receive the maternal and child health handbook.',
      easyJa: 'あかちゃんが できたことを しらせます。',
    },
    category: 'childcare',
    formVersion: 1,
    identityLevel: 2,
    ...overrides,
  };
}

export function buildApplicationSummary(
  overrides: Partial<ApplicationSummary> = {},
): ApplicationSummary {
  return {
    id: '5b0f3f5e-1c1a-4d8e-9f43-2f0e4b1c7a10',
    receiptNumber: 'K7P-4M2X',
    municipalityCode: '131016',
    procedureId: 'pregnancy-notification',
    procedureTitle: { ja: '妊娠の届出', en: 'Pregnancy notification', easyJa: 'にんしんの とどけ' },
    formVersion: 1,
    status: 'submitted',
    applicantName: '山田 花子',
    submittedAt: '2025-04-01T01:23:45.000Z',
    updatedAt: '2025-04-01T01:23:45.000Z',
    dueDate: null,
    assigneeId: null,
    ...overrides,
  };
}

export function buildApplicationDetail(
  overrides: Partial<ApplicationDetail> = {},
): ApplicationDetail {
  return {
    ...buildApplicationSummary(),
    answers: {},
    events: [
      {
        id: 'event-1',
        fromStatus: null,
        toStatus: 'submitted',
        actorKind: 'resident',
        comment: null,
        messageToResident: null,
        decisionRecord: null,
        occurredAt: '2025-04-01T01:23:45.000Z',
      },
    ],
    correctionFields: [],
    correctionMessages: {},
    pendingDecision: null,
    decisionDraftedBy: null,
    approvals: [],
    approvalChain: [],
    decisionRecordKind: null,
    ...overrides,
  };
}

/** An attachment of an application as staff see it in the detail. */
export function buildStaffAttachment(overrides: Partial<StaffAttachment> = {}): StaffAttachment {
  return {
    id: '0b6f5f0e-5d2a-4c43-9a55-3f6f0b1c2d3e',
    slotId: 'identityDocument',
    fileName: 'hokensho.jpg',
    mimeType: 'image/jpeg',
    bytes: 245_760,
    removedMetadata: [],
    ...overrides,
  };
}

/** A resident's own application in their list (GET /api/me/applications): no assignee. */
export function buildResidentApplicationSummary(
  overrides: Partial<ResidentApplicationSummary> = {},
): ResidentApplicationSummary {
  const { assigneeId: _staffOnly, ...summary } = buildApplicationSummary();
  return { ...summary, ...overrides };
}

/** A resident's own application (GET /api/me/applications/:id): no staff-only fields. */
export function buildResidentApplicationDetail(
  overrides: Partial<ResidentApplicationDetail> = {},
): ResidentApplicationDetail {
  return {
    ...buildResidentApplicationSummary(),
    answers: {},
    events: [
      {
        id: 'event-1',
        fromStatus: null,
        toStatus: 'submitted',
        actorKind: 'resident',
        messageToResident: null,
        decisionRecord: null,
        occurredAt: '2025-04-01T01:23:45.000Z',
      },
    ],
    correctionFields: [],
    correctionMessages: {},
    decisionRecordKind: null,
    ...overrides,
  };
}

export function buildNotification(overrides: Partial<InAppNotification> = {}): InAppNotification {
  return {
    id: 'notification-1',
    title: {
      ja: '申請の状況が変わりました',
      en: 'Your application was updated',
      easyJa: 'しんせいが かわりました',
    },
    body: {
      ja: '妊娠の届出が処理中になりました。',
      en: 'Your pregnancy notification is in review.',
      easyJa: 'しらべています。',
    },
    applicationId: '5b0f3f5e-1c1a-4d8e-9f43-2f0e4b1c7a10',
    createdAt: '2025-04-02T00:00:00.000Z',
    readAt: null,
    ...overrides,
  };
}

export function buildWorkQueueItem(overrides: Partial<WorkQueueItem> = {}): WorkQueueItem {
  return {
    ...buildApplicationSummary(),
    applicantNameKana: 'ヤマダ　ハナコ',
    assigneeName: null,
    ...overrides,
  };
}

export function buildWorkQueuePage(
  items: WorkQueueItem[],
  nextCursor: string | null = null,
): WorkQueuePage {
  return { items, nextCursor };
}

export function buildStaffMember(overrides: Partial<StaffMember> = {}): StaffMember {
  return { id: 'staff-1', displayName: '佐藤 一郎', staffRole: 'caseworker', ...overrides };
}

export function buildApplicationNote(overrides: Partial<ApplicationNote> = {}): ApplicationNote {
  return {
    id: 'note-1',
    authorId: 'staff-1',
    authorName: '佐藤 一郎',
    body: '電話で在宅を確認済み。',
    createdAt: '2025-04-02T01:00:00.000Z',
    ...overrides,
  };
}

/** A delivery that failed for good, as the staff dead-letter list gives it (no address, no body). */
export function buildDeadLetter(overrides: Partial<DeadLetter> = {}): DeadLetter {
  return {
    id: '9a7c3e1f-2b4d-4c6e-8f10-3a5b7c9d1e2f',
    channel: 'email',
    recipientId: 'resident-yamada-hanako',
    category: 'childcare',
    title: '3〜4か月児健診のお知らせ',
    attempts: 5,
    lastError: 'smtp_550',
    createdAt: '2025-04-02T00:00:00.000Z',
    failedAt: '2025-04-02T01:30:00.000Z',
    ...overrides,
  };
}

/** A child's life record from a 児童手当 application, with one upcoming check-up reminder. */
export function buildMyLifeRecord(overrides: Partial<MyLifeRecord> = {}): MyLifeRecord {
  return {
    id: 'c3d4e5f6-0a1b-4c2d-8e3f-405162738495',
    kind: 'child',
    municipalityCode: '131016',
    name: '花子',
    birthDate: '2024-11-10',
    origin: {
      type: 'application',
      applicationId: '3f1c2b4a-5d6e-4f70-8a9b-0c1d2e3f4a5b',
      receiptNumber: '131016-20241120-000123',
      procedureTitle: {
        ja: '児童手当 認定請求',
        en: 'Child allowance claim',
        easyJa: 'じどうてあての もうしこみ',
      },
    },
    createdAt: '2024-12-01T01:00:00.000Z',
    upcomingReminders: [
      {
        ruleId: 'infant-health-checkup',
        category: 'childcare',
        dueOn: '2026-04-19',
        eventDate: '2026-05-10',
        title: {
          ja: '花子さんの1歳6か月児健診のご案内',
          en: '花子: 18-month check-up',
          easyJa: '花子さんの 1さい6かげつの けんしん',
        },
        channels: ['in_app', 'web_push', 'email'],
      },
    ],
    ...overrides,
  };
}

export function buildLifeRecordOffice(overrides: Partial<LifeRecordOffice> = {}): LifeRecordOffice {
  return {
    municipalityCode: '131016',
    municipalityName: { ja: '千代田区', en: 'Chiyoda City' },
    department: { ja: '子育て推進課', en: 'Child Support Division' },
    phone: '03-3264-2111',
    email: null,
    ...overrides,
  };
}

export function buildMyLifeRecords(overrides: Partial<MyLifeRecords> = {}): MyLifeRecords {
  return {
    asOf: '2026-04-01',
    horizonDays: 365,
    records: [buildMyLifeRecord()],
    offices: [buildLifeRecordOffice()],
    ...overrides,
  };
}

export function buildLifeEvent(overrides: Partial<LifeEvent> = {}): LifeEvent {
  return {
    id: 'pregnancyAndBirth',
    label: { ja: '妊娠・出産', en: 'Pregnancy and birth', easyJa: 'あかちゃん が うまれる' },
    description: {
      ja: '妊娠の届出、出生後の児童手当など。',
      en: 'Pregnancy notification, child allowance after the birth.',
      easyJa: 'にんしん と あかちゃん の てつづき。',
    },
    tags: ['pregnancy', 'childbirth'],
    procedureCount: 2,
    ...overrides,
  };
}

export function buildProcedureRecommendation(
  overrides: Partial<ProcedureRecommendation> = {},
): ProcedureRecommendation {
  return {
    procedure: buildProcedureSummary(),
    reason: {
      ja: '妊娠したら、できるだけ早く届け出てください。',
      en: 'Notify your pregnancy as early as you can.',
      easyJa: 'はやく だして ください。',
    },
    priority: 1,
    ruleId: 'pregnancy-notification',
    ...overrides,
  };
}

/** The procedure page of 妊娠の届出 as the API gives it. */
export function buildProcedureDetail(overrides: Partial<ProcedureDetail> = {}): ProcedureDetail {
  return {
    procedure: buildProcedureSummary({ identityLevel: 3 }),
    municipality: buildMunicipality(),
    legalBasis: {
      ja: '母子保健法第15条',
      en: 'Maternal and Child Health Act, Art. 15',
      easyJa: 'ぼしほけんほう',
    },
    applicant: {
      title: { ja: '届出をする人', en: 'Who is filing', easyJa: 'とどけ を だす ひと' },
      description: {
        ja: '代理人が届け出る場合は委任状が必要です。',
        en: 'A proxy needs a letter of attorney.',
        easyJa: 'だいりにん は いにんじょう が ひつよう です。',
      },
    },
    identityLevel: 3,
    signature: { isRequired: true, exceptions: [] },
    asksForMyNumber: true,
    standardProcessingDays: 5,
    deadlines: [],
    documents: [
      {
        id: 'pregnancyProof',
        label: {
          ja: '妊娠を確認できる書類',
          en: 'Document confirming the pregnancy',
          easyJa: 'にんしん が わかる かみ',
        },
        guidance: {
          ja: '妊娠の診断書を撮影して添付してください。',
          en: 'A photo of the pregnancy certificate.',
          easyJa: 'かみ の しゃしん を つけて ください。',
        },
        isRequired: false,
        isRequiredSometimes: false,
        accept: ['image/jpeg', 'image/png', 'application/pdf'],
        maxBytes: 9 * 1024 * 1024,
        maxFiles: 2,
      },
    ],
    contact: {
      department: { ja: '子ども部 子ども支援課', en: 'Child Support Division' },
      phone: '03-3264-2111',
    },
    ...overrides,
  };
}
