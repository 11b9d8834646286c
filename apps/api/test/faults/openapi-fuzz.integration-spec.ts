import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

import { staffTransitionsFrom } from '@madoguchi/procedures-domain';
import fc from 'fast-check';
import request from 'supertest';

import { makePng } from '../../src/attachments/testing/sample-files.js';
import { freePort, stopProcess } from '../support/api-process.js';
import type { ApiTestApp } from '../support/api-test-app.js';
import { CSRF, SEEDS_DIR, startApiTestApp } from '../support/api-test-app.js';
import type { DemoIdp } from '../support/demo-idp.js';
import { CITIZEN_APP, CONSOLE_APP, startDemoIdp } from '../support/demo-idp.js';
import type { FuzzFixture } from '../support/fuzz-fixture.js';
import { buildFuzzFixture, startProviderReturns } from '../support/fuzz-fixture.js';
import type { Hints, JsonSchema } from '../support/json-schema-arbitrary.js';
import {
  NASTY_STRINGS,
  hintedValidValue,
  invalidValue,
  isOmitted,
  omitted,
  validValue,
} from '../support/json-schema-arbitrary.js';
import { CHIYODA, YOKOHAMA, readSampleAnswers } from '../support/samples.js';
import type { TestSigningService } from '../../src/signatures/testing/test-signing-service.js';
import { startTestSigningService } from '../../src/signatures/testing/test-signing-service.js';

type FaultScale = { fuzzRequests: number; fuzzSeed?: number };
declare const faultScale: FaultScale;

type Parameter = {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema?: JsonSchema;
};
type Operation = {
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content: Record<string, { schema: JsonSchema }> };
};
type OpenApiDocument = { paths: Record<string, Record<string, Operation>> };

const AUTHS = [
  'none',
  'resident',
  'residentLevel1',
  'caseworker',
  'administrator',
  'yokohamaStaff',
  'operator',
  'backOfficeKey',
  'forgedCookie',
] as const;
/**
 * Sessions only the well-formed requests of one operation use: a 事務取扱担当者 right after a
 * step-up (signed in again before that operation), a resident whose address waits for confirmation.
 */
type FixtureAuth = 'steppedUpHandler' | 'pendingEmailResident';
type Auth = (typeof AUTHS)[number] | FixtureAuth;

type Body =
  | { kind: 'none' }
  | { kind: 'json'; value: unknown }
  | { kind: 'raw'; contentType: string; text: string }
  | { kind: 'multipart'; fields: [string, string][]; file: 'png' | 'bytes' | 'none' };

type FuzzRequest = {
  operation: string;
  method: string;
  path: string;
  query: [string, string][];
  headers: Record<string, string>;
  auth: Auth;
  hasCsrf: boolean;
  body: Body;
};

type Outcome = { request: FuzzRequest; status: number; problem: string };

/**
 * Operations that no valid request can reach inside a fuzz run, each with the reason; every
 * other operation must be answered below 400 at least once, or the test fails. Empty since the
 * fixture builds the state each operation needs (fuzz-fixture.ts) and the OIDC callback is
 * driven through the demo identity provider.
 */
const UNREACHABLE_OPERATIONS: Record<string, string> = {
  'POST /api/me/signature-requests/{id}/complete':
    'needs the resident to confirm on the signing service, which no request of the fuzzer does',
  'GET /api/me/applications/{id}/receipt.json':
    'the sealed receipt needs a seal and a TSA, which the fuzzed stack does not configure',
  'GET /api/me/applications/{id}/receipt.p7s':
    'the sealed receipt needs a seal and a TSA, which the fuzzed stack does not configure',
  'POST /api/verify/pdf': 'takes a PDF body (application/pdf), which the fuzzer does not generate',
  'GET /api/me/applications/{id}/decision-notice.pdf':
    'a 決定通知書 exists only once an approver decided, which the fixture’s applications are not',
  'GET /api/staff/applications/{id}/decision-notice.pdf':
    'a 決定通知書 exists only once an approver decided, which the fixture’s applications are not',
};

/** Tables that record refused attempts on purpose: a rate limit counts the refused sign-ins too. */
const COUNTS_REFUSALS = new Set(['rate_limit_counters']);
/**
 * The audit chain's queue and links follow `audit_log` row for row (a trigger queues each row, the
 * worker seals it): `audit_log` itself is counted, with the exclusions below.
 */
const FOLLOWS_AUDIT_LOG = new Set(['audit_chain', 'audit_chain_pending', 'audit_chain_anchors']);
/**
 * Rows counted per table; a refused reveal of a 個人番号 leaves an audit row on purpose (every
 * reveal and every refusal is traced), so audit rows of that action are not counted. Nor are the
 * export's own rows (`application.export`): a bulk export started by an earlier, accepted request
 * writes its row when BullMQ runs it, in the background, whatever request comes next (the
 * synchronous export writes it only once it answers 200). Likewise a bulk assignment's rows
 * (each application's `application.assign` naming the job, and the job's end).
 */
const COUNTED_ROWS: Record<string, string> = {
  audit_log: `action NOT IN ('personal_data.reveal_refused', 'application.export', 'application.assign.bulk.complete') AND NOT (action = 'application.assign' AND detail ? 'bulkAssignmentId')`,
};
/** Lone surrogates replaced (U+FFFD), as a browser does before it percent-encodes a path. */
const wellFormed = (value: string) =>
  value.replace(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '\uFFFD',
  );
/** What `send` reports when the connection closed under an oversize body (before its 413 was read). */
const CLOSED_ON_OVERSIZE = 0;
const PROCEDURE_IDS = readdirSync(join(SEEDS_DIR, 'forms'));
const PUSH_ENDPOINTS = [1, 2, 3].map(
  (index) => `https://fcm.googleapis.com/fcm/send/fuzz-${index}`,
);
/** Header values fetch can send (ByteStrings): printable ASCII only. */
const headerValue = fc.stringMatching(/^[\x21-\x7e]{0,80}$/);
const anyString = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom(...NASTY_STRINGS.filter((value) => value.length < 100)),
);

/**
 * Every operation of the OpenAPI document, fuzzed with requests generated from its own schema
 * (valid and broken bodies, parameters and queries), as nobody, residents, staff of two
 * municipalities, the platform operator and a back-office key, with and without the CSRF header.
 * Run one by one so that each refused request can be checked to have stored nothing.
 */
describe('the API under schema-aware fuzzing of every OpenAPI operation', () => {
  let app: ApiTestApp;
  let idp: DemoIdp | undefined;
  let baseUrl: string;
  let document: OpenApiDocument;
  const cookies = {} as Record<
    Exclude<Auth, 'none' | 'backOfficeKey' | 'forgedCookie' | FixtureAuth>,
    string
  >;
  const accounts: Record<keyof typeof cookies, string> = {
    resident: 'resident-yamada-hanako',
    residentLevel1: 'resident-nakamura-ren',
    caseworker: 'staff-chiyoda-sato',
    administrator: 'staff-chiyoda-kobayashi',
    yokohamaStaff: 'staff-yokohama-tanaka',
    operator: 'operator-madoguchi-kato',
  };
  let fixture: FuzzFixture;
  let signer: TestSigningService;
  let tables: string[];
  const pools: Record<string, string[]> = {};

  beforeAll(async () => {
    // The real provider, so that GET /api/auth/callback can be reached the way a browser does.
    idp = await startDemoIdp(await freePort());
    signer = await startTestSigningService();
    app = await startApiTestApp({
      MALWARE_SCANNER: 'none',
      SIGNING_SERVICE_URL: signer.url,
      SIGNING_SERVICE_CLIENT_SECRET: signer.secret,
      OIDC_ISSUER_URL: idp.issuer,
      CITIZEN_APP_URL: CITIZEN_APP,
      CONSOLE_APP_URL: CONSOLE_APP,
    });
    await new Promise<void>((resolve) =>
      app.app.getHttpServer().listen(0, '127.0.0.1', () => resolve()),
    );
    baseUrl = `http://127.0.0.1:${(app.app.getHttpServer().address() as AddressInfo).port}`;
    for (const [name, account] of Object.entries(accounts)) {
      cookies[name as keyof typeof cookies] = await app.signIn(account);
    }
    document = (await request(app.http).get('/api/openapi.json').expect(200))
      .body as OpenApiDocument;

    // Real resources, so that generated ids sometimes name something that exists.
    fixture = await buildFuzzFixture(app, cookies);
    pools['id'] = [
      ...fixture.sharedApplications.map((application) => application.id),
      fixture.sharedDraftId,
      fixture.sharedAttachmentId,
      fixture.revocableApiKeyId,
      fixture.notificationId,
    ];
    pools['receiptNumber'] = fixture.sharedApplications.map(
      (application) => application.receiptNumber,
    );
    pools['attachmentId'] = [
      fixture.sharedAttachmentId,
      ...fixture.sharedApplications.flatMap((application) => application.attachmentIds),
    ];

    const rows: { table_name: string }[] = await app.database.dataSource.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'migrations' ORDER BY table_name`,
    );
    tables = rows.map((row) => row.table_name);
  }, 180_000);

  afterAll(async () => {
    await app?.close();
    await signer?.stop();
    if (idp) {
      await stopProcess(idp.child);
    }
  });

  async function countRows(): Promise<Record<string, number>> {
    const [row] = await app.database.dataSource.query(
      `SELECT ${tables.map((table) => `(SELECT count(*)::int FROM "${table}"${COUNTED_ROWS[table] ? ` WHERE ${COUNTED_ROWS[table]}` : ''}) AS "${table}"`).join(', ')}`,
    );
    return row as Record<string, number>;
  }

  /**
   * The counts once the previous request's writes have landed: a streamed answer (an export)
   * commits its transaction after the last byte, so the client may see the end of the answer
   * first. Waits until no other connection to the test database is inside a transaction.
   */
  async function settledRows(): Promise<Record<string, number>> {
    for (let attempt = 0; attempt < 200; attempt += 1) {
      const [{ busy }] = await app.database.dataSource.query(
        `SELECT count(*)::int AS busy FROM pg_stat_activity
          WHERE datname = current_database() AND pid <> pg_backend_pid() AND state <> 'idle' AND backend_type = 'client backend'`,
      );
      if (busy === 0) {
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    return countRows();
  }

  function hintsFor(): Hints {
    const known = (name: string) => fc.constantFrom(...(pools[name] ?? ['none']));
    return {
      municipalityCode: fc.constantFrom(CHIYODA, YOKOHAMA),
      code: fc.constantFrom(CHIYODA, YOKOHAMA, '000000'),
      procedureId: fc.constantFrom(...PROCEDURE_IDS),
      formVersion: fc.constantFrom(1, 2),
      id: known('id'),
      receiptNumber: known('receiptNumber'),
      attachmentId: known('attachmentId'),
      postalCode: fc.constantFrom('1000001', '100-0001', '2310017', '9999999'),
      slotId: fc.constantFrom('pregnancyProof', 'letterOfAttorney', 'nothing'),
      path: fc.constantFrom('myNumber', 'notifier.name', 'nothing'),
      answers: fc.oneof(
        fc.constantFrom(...fixture.submittableAnswers),
        fc.constantFrom(
          ...[
            'pregnancy-notification',
            'care-need-certification',
            'child-allowance-certification',
          ].map((procedure) => readSampleAnswers(procedure)),
        ),
        fc
          .tuple(
            fc.constant(readSampleAnswers('pregnancy-notification')),
            fc.string({ maxLength: 12 }),
            fc.oneof(fc.constantFrom(...NASTY_STRINGS), fc.jsonValue({ maxDepth: 2 })),
          )
          .map(([answers, key, value]) => {
            const keys = Object.keys(answers);
            const name = keys[key.length % keys.length] ?? key;
            return { ...answers, [name]: value };
          }),
        fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 5 }),
      ),
      returnPath: fc.constantFrom('/procedures/131016/pregnancy-notification', '//evil.example'),
      returnTo: fc.constantFrom(
        '/applications',
        'https://evil.example/',
        '//evil.example',
        '/\\evil',
      ),
      limit: fc.constantFrom('1', '100', '0', '101', '-1', 'abc', '1.5'),
      cursor: anyString,
      since: fc.constantFrom('2026-01-01T00:00:00+09:00', '2026-13-01', 'yesterday'),
      assignee: fc.constantFrom('me', 'unassigned', 'staff-chiyoda-sato'),
      status: fc.constantFrom('submitted', 'in_review,completed', 'nothing'),
      // Push services' endpoints (a few, so that an unsubscription names a registered one) and
      // addresses the API must never post to.
      endpoint: fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...PUSH_ENDPOINTS) },
        {
          weight: 1,
          arbitrary: fc.constantFrom(
            'http://169.254.169.254/latest/meta-data',
            'https://127.0.0.1/push',
            'https://fcm.googleapis.com.evil.example/push',
          ),
        },
      ),
      keys: fc.constant({ p256dh: `B${'A'.repeat(86)}`, auth: 'AAAAAAAAAAAAAAAAAAAAAA' }),
    };
  }

  /**
   * The id of an operation's path mostly names a thing of the collection the path names before
   * it (an attachment for /api/attachments/{id}), sometimes a thing of another kind.
   */
  function idHintFor(operation: string): Hints {
    const readOnly = fixture.readOnlyApplication;
    const idsByCollection: Record<string, string[]> = {
      applications: fixture.sharedApplications.map((application) => application.id),
      drafts: [fixture.sharedDraftId],
      attachments: [fixture.sharedAttachmentId, ...readOnly.attachmentIds],
      notifications: [fixture.notificationId],
      watchers: [fixture.watchId],
      'notification-deliveries': [fixture.deadLetterId],
      'api-keys': [fixture.revocableApiKeyId],
      confirmations: [fixture.counter.confirmationId],
      exports: [fixture.bulkExportId],
      assignments: [fixture.bulkAssignmentId],
    };
    const collection = /\/([a-z-]+)\/\{id\}/.exec(operation)?.[1];
    const ids = collection === undefined ? undefined : idsByCollection[collection];
    return ids
      ? {
          id: fc.oneof(
            { weight: 4, arbitrary: fc.constantFrom(...ids) },
            { weight: 1, arbitrary: fc.constantFrom(...pools['id']!) },
          ),
        }
      : {};
  }

  /**
   * The fixture's resources kept for one operation (see FuzzFixture), as hints of that operation
   * only, for its random and its well-formed requests alike.
   */
  function operationHints(operation: string): Hints {
    const readOnly = fixture.readOnlyApplication;
    // The moves the workflow table allows a case worker from the state of each of the fixture's
    // applications (one entry per application: the more applications in a state, the likelier).
    const staffMoves = fixture.transitionable.flatMap(({ status }) =>
      staffTransitionsFrom(status, 'caseworker').map((rule) => rule.to),
    );
    const byOperation: Record<string, Hints> = {
      'POST /api/me/applications/{id}/resubmit': {
        id: fc.constant(fixture.correctionRequested.id),
        // The answers as they were: the fields the office flagged may change, none must.
        answers: fc.constant(fixture.correctionRequested.answers),
      },
      'POST /api/staff/applications/{id}/transitions': {
        id: fc.constantFrom(...fixture.transitionable.map((application) => application.id)),
        to: fc.constantFrom(...staffMoves),
        fieldsToFix: fc.constant(['phone']),
        messageToResident: fc.constant('電話番号を確認してください。'),
        decision: fc.constantFrom('completed', 'rejected'),
      },
      'POST /api/staff/applications/{id}/personal-data/reveal': {
        id: fc.constant(readOnly.id),
        path: fc.constant('myNumber'),
        reason: fc.constant('住民基本台帳との照合のため'),
      },
      'GET /api/attachments/{id}/meta': { id: fc.constantFrom(...readOnly.attachmentIds) },
      'GET /api/me/applications/{id}/decision-notice.pdf': {
        id: fc.constant(fixture.decidedApplicationId),
      },
      'GET /api/staff/applications/{id}/decision-notice.pdf': {
        id: fc.constant(fixture.decidedApplicationId),
      },
      'POST /api/me/applications/{id}/withdraw': {
        id: fc.constant(fixture.withdrawableApplicationId),
      },
      // Saved as it is (no rule changed) at the version of the day: accepted, nothing written.
      'PUT /api/staff/administration/reminder-rules': {
        version: fc.constantFrom(1, 2),
        rules: fc.constant({}),
      },
      'POST /api/me/drafts/{id}/migrate': { id: fc.constant(fixture.outdatedDraftId) },
      // The administrator's switch works on a procedure nothing else of the fuzz needs (the
      // fixture's requests are all 妊娠の届出, which must stay accepted).
      'POST /api/staff/administration/procedures/{procedureId}/availability': {
        procedureId: fc.constant('disaster-damage-certificate'),
      },
      'GET /api/staff/administration/audit-log': {
        actorId: fc.constantFrom('staff-chiyoda-sato', 'resident-yamada-hanako'),
        action: fc.constantFrom('application.', 'api_key.create', 'procedure.'),
        from: fc.constant('2026-01-01'),
        to: fc.constantFrom('2026-12-31', '2099-12-31'),
      },
      // The overlay editor: the smallest valid overlay (the standard form as is), published today.
      'PUT /api/staff/overlay-editor/procedures/{procedureId}/draft': {
        overlay: fc.constant({ procedureId: 'pregnancy-notification', municipalityCode: CHIYODA }),
      },
      'POST /api/staff/overlay-editor/procedures/{procedureId}/preview': {
        overlay: fc.constant({ procedureId: 'pregnancy-notification', municipalityCode: CHIYODA }),
      },
      'POST /api/staff/overlay-editor/procedures/{procedureId}/publish': {
        effectiveFrom: omitted(),
      },
      'POST /api/email-confirmations/confirm': {
        token: fc.constant(fixture.confirmationTokens.confirm),
      },
      'POST /api/email-confirmations/decline': {
        token: fc.constant(fixture.confirmationTokens.decline),
      },
      'POST /api/staff/counter/confirmations': {
        procedureId: fc.constant('pregnancy-notification'),
        formVersion: fc.constant(1),
        answers: fc.constant(readSampleAnswers('pregnancy-notification')),
        method: fc.constantFrom('my_number_card', 'drivers_license'),
      },
      'POST /api/counter/confirmations/preview': {
        token: fc.constant(fixture.counter.previewToken),
      },
      'POST /api/counter/confirmations/confirm': {
        token: fc.constant(fixture.counter.confirmToken),
        via: fc.constantFrom('qr', 'counter_screen'),
      },
      'POST /api/counter/confirmations/attachment': {
        token: fc.constant(fixture.counter.attachmentToken),
        attachmentId: fc.constant(fixture.counter.attachmentId),
      },
      'POST /api/counter/confirmations/receipt': {
        token: fc.constant(fixture.counter.receiptToken),
      },
      'POST /api/staff/counter/confirmations/{id}/cancel': {
        id: fc.constant(fixture.counter.cancelId),
      },
      'GET /api/staff/counter/confirmations/{id}/receipt.pdf': {
        id: fc.constant(fixture.counter.confirmedId),
      },
      'DELETE /api/staff/counter/attachments/{id}': {
        id: fc.constant(fixture.counter.staffAttachmentId),
      },
      'POST /api/me/watchers/accept': { invitationCode: fc.constant(fixture.invitationCode) },
      'GET /api/back-office/applications/{receiptNumber}/attachments/{attachmentId}': {
        receiptNumber: fc.constant(readOnly.receiptNumber),
        attachmentId: fc.constantFrom(...readOnly.attachmentIds),
      },
    };
    return { ...idHintFor(operation), ...byOperation[operation] };
  }

  /**
   * What a valid request of one operation leaves out, beyond its hints: rules across properties
   * that the schema does not state (the random requests still send them).
   */
  function wellFormedOnlyHints(operation: string): Hints {
    return operation === 'POST /api/staff/applications/{id}/transitions'
      ? // A decision record only with the approval that completes a procedure declaring one: the
        // 妊娠の届出 declares none (the 要介護認定 does).
        { decisionRecord: omitted() }
      : {};
  }

  /**
   * Requests only the fixture can make, put among an operation's generated ones right before it
   * is fuzzed: the way back from the identity provider (its code lives 60 s).
   */
  async function preparedRequestsFor(operation: string): Promise<FuzzRequest[]> {
    if (operation !== 'GET /api/auth/callback') {
      return [];
    }
    return (await startProviderReturns(app)).map(
      ({ search, cookie, clientAddress }): FuzzRequest => ({
        operation,
        method: 'GET',
        path: '/api/auth/callback',
        query: [...new URLSearchParams(search)],
        headers: { cookie, 'x-forwarded-for': clientAddress },
        auth: 'none',
        hasCsrf: false,
        body: { kind: 'none' },
      }),
    );
  }

  function parameterValue(parameter: Parameter, hints: Hints): fc.Arbitrary<string> {
    const schema = parameter.schema ?? {};
    const fromSchema =
      Object.keys(schema).length > 0
        ? validValue(schema.type === 'array' ? (schema.items ?? {}) : schema, hints)
        : anyString;
    const hint = hints[parameter.name];
    return fc
      .oneof(
        { weight: 6, arbitrary: hint ?? fromSchema },
        { weight: 2, arbitrary: fromSchema },
        { weight: 1, arbitrary: fc.uuid() },
        {
          weight: 2,
          arbitrary: Object.keys(schema).length > 0 ? invalidValue(schema, hints) : anyString,
        },
      )
      .map((value) => (typeof value === 'string' ? value : (JSON.stringify(value) ?? '')));
  }

  function bodyFor(operation: Operation, hints: Hints): fc.Arbitrary<Body> {
    const content = operation.requestBody?.content ?? {};
    const json = content['application/json'];
    if (json) {
      return fc.oneof(
        {
          weight: 4,
          arbitrary: validValue(json.schema, hints).map((value): Body => ({ kind: 'json', value })),
        },
        {
          weight: 4,
          arbitrary: invalidValue(json.schema, hints).map((value): Body => ({
            kind: 'json',
            value,
          })),
        },
        {
          weight: 1,
          arbitrary: fc.constantFrom<Body>(
            { kind: 'raw', contentType: 'application/json', text: '{"answers":' },
            { kind: 'raw', contentType: 'application/json', text: '' },
            { kind: 'raw', contentType: 'application/json', text: '[1,2,3]' },
            { kind: 'raw', contentType: 'application/json', text: '"\\u0000"' },
            {
              kind: 'raw',
              contentType: 'application/json',
              text: `{"answers":{"a":"${'x'.repeat(2_000_000)}"}}`,
            },
            { kind: 'raw', contentType: 'text/plain', text: 'hello' },
            { kind: 'raw', contentType: 'application/x-www-form-urlencoded', text: 'answers=1' },
            { kind: 'raw', contentType: 'multipart/form-data; boundary=x', text: '--x\r\n' },
            { kind: 'none' },
          ),
        },
      );
    }
    if (content['multipart/form-data']) {
      const field = (name: string) =>
        fc
          .option(fc.oneof(hints[name]?.map(String) ?? anyString, anyString), { nil: undefined })
          .map((value) => [name, value] as const);
      return fc.oneof(
        {
          weight: 5,
          arbitrary: fc
            .tuple(
              field('municipalityCode'),
              field('procedureId'),
              fc.oneof(fc.constant(['formVersion', '1'] as const), field('formVersion')),
              field('slotId'),
              fc.constantFrom<'png' | 'bytes' | 'none'>('png', 'bytes', 'none'),
            )
            .map(([a, b, c, d, file]): Body => ({
              kind: 'multipart',
              fields: [a, b, c, d]
                .filter((entry): entry is readonly [string, string] => entry[1] !== undefined)
                .map(([name, value]) => [name, value]),
              file,
            })),
        },
        {
          weight: 1,
          arbitrary: fc.constantFrom<Body>(
            {
              kind: 'raw',
              contentType: 'multipart/form-data; boundary=x',
              text: '--x\r\nContent-Disposition: form-data; name="file"\r\n\r\nabc',
            },
            { kind: 'json', value: {} },
            { kind: 'none' },
          ),
        },
      );
    }
    return fc.oneof(
      { weight: 5, arbitrary: fc.constant<Body>({ kind: 'none' }) },
      {
        weight: 1,
        arbitrary: fc.jsonValue({ maxDepth: 2 }).map((value): Body => ({ kind: 'json', value })),
      },
    );
  }

  function requestsFor(
    path: string,
    method: string,
    operation: Operation,
  ): fc.Arbitrary<FuzzRequest> {
    const hints = { ...hintsFor(), ...operationHints(`${method.toUpperCase()} ${path}`) };
    const parameters = operation.parameters ?? [];
    const pathParameters = parameters.filter((parameter) => parameter.in === 'path');
    const queryParameters = parameters.filter((parameter) => parameter.in === 'query');
    const headerParameters = parameters.filter((parameter) => parameter.in === 'header');
    return fc.record({
      operation: fc.constant(`${method.toUpperCase()} ${path}`),
      method: fc.constant(method.toUpperCase()),
      path: fc
        .tuple(...pathParameters.map((parameter) => parameterValue(parameter, hints)))
        .map((values) =>
          pathParameters.reduce(
            (filled, parameter, index) =>
              filled.replace(
                `{${parameter.name}}`,
                encodeURIComponent(wellFormed(values[index] ?? '')),
              ),
            path,
          ),
        ),
      query: fc
        .tuple(
          ...queryParameters.map((parameter) =>
            fc.option(parameterValue(parameter, hints), {
              nil: undefined,
              freq: parameter.required ? 5 : 2,
            }),
          ),
        )
        .chain((values) =>
          fc
            .oneof(
              { weight: 7, arbitrary: fc.constant(undefined) },
              { weight: 1, arbitrary: fc.tuple(anyString, anyString) },
            )
            .map((extra) => [
              ...queryParameters.flatMap((parameter, index): [string, string][] =>
                values[index] === undefined ? [] : [[parameter.name, values[index]]],
              ),
              ...(extra ? [extra] : []),
            ]),
        ),
      headers: fc
        .tuple(
          ...headerParameters.map(() =>
            fc.option(fc.oneof(fc.uuid(), headerValue), { nil: undefined }),
          ),
        )
        .map((values) =>
          Object.fromEntries(
            headerParameters.flatMap((parameter, index) =>
              values[index] === undefined ? [] : [[parameter.name, values[index]]],
            ),
          ),
        ),
      auth: fc.constantFrom(...AUTHS),
      hasCsrf: fc.boolean(),
      body: bodyFor(operation, hints),
    });
  }

  /** The audiences an operation is meant for, by its path (and the fixture's sessions for two). */
  function audiencesOf(path: string, method: string): Auth[] {
    const operation = `${method.toUpperCase()} ${path}`;
    if (operation === 'POST /api/staff/applications/{id}/personal-data/reveal') {
      return ['steppedUpHandler'];
    }
    if (operation === 'POST /api/me/notification-contact/confirmation-mail') {
      return ['pendingEmailResident'];
    }
    if (path.startsWith('/api/back-office')) {
      return ['backOfficeKey'];
    }
    if (path.startsWith('/api/staff')) {
      return ['caseworker', 'administrator'];
    }
    return ['resident'];
  }

  /**
   * A request as the operation's own client would send it (its audience, the CSRF header, only
   * schema-valid values, known resources most of the time), so the fuzzer also reaches the code
   * behind authentication and validation.
   */
  function wellFormedRequestsFor(
    path: string,
    method: string,
    operation: Operation,
  ): fc.Arbitrary<FuzzRequest> {
    const hints: Hints = {
      ...hintsFor(),
      // The one procedure whose resources the test made, so that ids, slots and answers match.
      municipalityCode: fc.constant(CHIYODA),
      code: fc.constant(CHIYODA),
      procedureId: fc.constant('pregnancy-notification'),
      formVersion: fc.constant(1),
      answers: fc.oneof(
        fc.constantFrom(...fixture.submittableAnswers),
        fc.constant(readSampleAnswers('pregnancy-notification')),
      ),
      // Only the valid ones of the query hints, and no cursor (only an earlier page has one).
      limit: fc.constantFrom('1', '100'),
      since: fc.constant('2026-01-01T00:00:00+09:00'),
      status: fc.constantFrom('submitted', 'in_review,completed'),
      returnTo: fc.constant('/'),
      cursor: omitted(),
      ...operationHints(`${method.toUpperCase()} ${path}`),
      ...wellFormedOnlyHints(`${method.toUpperCase()} ${path}`),
    };
    const valueOf = (parameter: Parameter): fc.Arbitrary<string> | undefined => {
      const schema = parameter.schema ?? {};
      const arbitrary =
        hints[parameter.name] ??
        (Object.keys(schema).length > 0
          ? validValue(schema.type === 'array' ? (schema.items ?? {}) : schema, hints)
          : undefined);
      return arbitrary?.map((value) =>
        typeof value === 'string' ? value : (JSON.stringify(value) ?? ''),
      );
    };
    const parameters = operation.parameters ?? [];
    const pathParameters = parameters.filter((parameter) => parameter.in === 'path');
    const queryParameters = parameters.filter(
      (parameter) =>
        parameter.in === 'query' &&
        valueOf(parameter) !== undefined &&
        !isOmitted(hints[parameter.name]),
    );
    const content = operation.requestBody?.content ?? {};
    const json = content['application/json'];
    const body: fc.Arbitrary<Body> = json
      ? hintedValidValue(json.schema, hints).map((value): Body => ({ kind: 'json', value }))
      : content['multipart/form-data']
        ? fc
            .tuple(
              hints['municipalityCode']!,
              fc.constant('pregnancy-notification'),
              hints['slotId']!,
            )
            .map(([code, procedureId, slotId]): Body => ({
              kind: 'multipart',
              fields: [
                ['municipalityCode', String(code)],
                ['procedureId', procedureId],
                ['formVersion', '1'],
                ['slotId', String(slotId)],
              ],
              file: 'png',
            }))
        : fc.constant<Body>({ kind: 'none' });
    return fc.record({
      operation: fc.constant(`${method.toUpperCase()} ${path}`),
      method: fc.constant(method.toUpperCase()),
      path: fc
        .tuple(...pathParameters.map((parameter) => valueOf(parameter) ?? fc.uuid()))
        .map((values) =>
          pathParameters.reduce(
            (filled, parameter, index) =>
              filled.replace(
                `{${parameter.name}}`,
                encodeURIComponent(wellFormed(values[index] ?? '')),
              ),
            path,
          ),
        ),
      query: fc
        .tuple(
          ...queryParameters.map((parameter) =>
            fc.option(valueOf(parameter)!, {
              nil: undefined,
              freq: parameter.required ? 1_000 : 2,
            }),
          ),
        )
        .map((values) =>
          queryParameters.flatMap((parameter, index): [string, string][] =>
            values[index] === undefined ? [] : [[parameter.name, values[index]]],
          ),
        ),
      // Each from a browser of its own (TEST-NET-3): the login rate limit counts the random
      // requests, all from 127.0.0.1, apart.
      headers: fc.integer({ min: 1, max: 254 }).map((host) => ({
        ...Object.fromEntries(
          parameters
            .filter((parameter) => parameter.in === 'header')
            .map((parameter) => [parameter.name, randomUUID()]),
        ),
        'x-forwarded-for': `203.0.113.${host}`,
      })),
      auth: fc.constantFrom(...audiencesOf(path, method)),
      hasCsrf: fc.constant(true),
      body,
    });
  }

  async function headersFor(fuzz: FuzzRequest): Promise<Record<string, string>> {
    const headers: Record<string, string> = { ...fuzz.headers };
    if (fuzz.hasCsrf) {
      headers[Object.keys(CSRF)[0]!] = '1';
    }
    if (fuzz.auth === 'backOfficeKey') {
      headers['authorization'] = `Bearer ${fixture.backOfficeKey}`;
    } else if (fuzz.auth === 'steppedUpHandler') {
      headers['cookie'] = steppedUpCookie;
    } else if (fuzz.auth === 'pendingEmailResident') {
      headers['cookie'] = fixture.pendingEmailCookie;
    } else if (fuzz.auth === 'forgedCookie') {
      headers['cookie'] = 'madoguchi_session=forged-session-id';
    } else if (fuzz.auth !== 'none') {
      // Signing out ends the session it is sent with: give that request a session of its own.
      headers['cookie'] = fuzz.operation.endsWith('/sign-out')
        ? await app.signIn(accounts[fuzz.auth])
        : cookies[fuzz.auth];
    }
    return headers;
  }

  let resets = 0;
  let steppedUpCookie = '';

  async function send(
    fuzz: FuzzRequest,
    headers: Record<string, string>,
    isRetry = false,
  ): Promise<{ status: number; body: unknown }> {
    let body: string | FormData | undefined;
    switch (fuzz.body.kind) {
      case 'none':
        break;
      case 'json':
        headers['content-type'] = 'application/json';
        body = JSON.stringify(fuzz.body.value) ?? 'null';
        break;
      case 'raw':
        headers['content-type'] = fuzz.body.contentType;
        body = fuzz.body.text;
        break;
      case 'multipart': {
        const form = new FormData();
        for (const [name, value] of fuzz.body.fields) {
          form.append(name, value);
        }
        if (fuzz.body.file !== 'none') {
          const bytes = fuzz.body.file === 'png' ? makePng() : Buffer.from('MZ not a document');
          form.append('file', new Blob([new Uint8Array(bytes)]), 'upload.png');
        }
        body = form;
        break;
      }
    }
    const url = new URL(fuzz.path, baseUrl);
    for (const [name, value] of fuzz.query) {
      url.searchParams.append(name, value);
    }
    let response: Response;
    try {
      response = await fetch(url, {
        method: fuzz.method,
        headers,
        body: fuzz.method === 'GET' ? undefined : body,
        redirect: 'manual',
      });
    } catch (error) {
      // The server may answer 413 and close the connection while an oversize body is still being sent.
      if (typeof body === 'string' && body.length > 1_000_000) {
        return { status: CLOSED_ON_OVERSIZE, body: undefined };
      }
      // A kept-alive connection the server closed as the request reused it (its keepAliveTimeout
      // on a busy machine): the request never arrived, so it is sent once more on a new one.
      if (isRetry) {
        throw error;
      }
      resets += 1;
      return send(fuzz, headers, true);
    }
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // Not JSON: judged below (a refusal must be in the error shape).
    }
    return { status: response.status, body: parsed };
  }

  function errorShapeProblem(body: unknown): string | undefined {
    const error = (
      body as {
        error?: { code?: unknown; message?: { ja?: unknown; en?: unknown }; fields?: unknown };
      } | null
    )?.error;
    if (typeof error?.code !== 'string' || error.code === '') {
      return 'no error code';
    }
    if (
      typeof error.message?.ja !== 'string' ||
      error.message.ja === '' ||
      typeof error.message.en !== 'string' ||
      error.message.en === ''
    ) {
      return `no ja/en message for ${error.code}`;
    }
    if (!Array.isArray(error.fields)) {
      return `no fields list for ${error.code}`;
    }
    return undefined;
  }

  it('answers no 5xx, refuses in the error shape and stores nothing for a refused request', async () => {
    const seed = faultScale.fuzzSeed ?? Date.now() % 2 ** 31;
    process.stdout.write(`openapi fuzz: seed ${seed} (set faultScale.fuzzSeed to replay)\n`);
    const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods)
        .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
        .map(([method, operation]) => ({ path, method, operation })),
    );
    const perOperation = Math.ceil(faultScale.fuzzRequests / operations.length);
    const statuses = new Map<number, number>();
    const reached = new Map<string, number>();
    const failures: Outcome[] = [];
    let sent = 0;
    let refused = 0;
    let rowsBefore = await countRows();
    const startedAt = Date.now();

    for (const [index, { path, method, operation }] of operations.entries()) {
      const generated = fc.oneof(
        { weight: 3, arbitrary: requestsFor(path, method, operation) },
        { weight: 1, arbitrary: wellFormedRequestsFor(path, method, operation) },
      );
      const requests = fc.sample(generated, { seed: seed + index, numRuns: perOperation });
      const prepared = await preparedRequestsFor(`${method.toUpperCase()} ${path}`);
      for (const [position, fuzz] of prepared.entries()) {
        requests.splice(
          Math.floor(((position + 1) * requests.length) / (prepared.length + 1)),
          0,
          fuzz,
        );
      }
      if (audiencesOf(path, method).includes('steppedUpHandler')) {
        // A step-up counts for PERSONAL_NUMBER_STEP_UP_MAX_AGE_SECONDS (300): one operation's run.
        steppedUpCookie = await app.signIn(accounts.caseworker, {
          steppedUpAt: new Date().toISOString(),
        });
      }
      // The fixture's writes of this operation (logins started, a session) are not the fuzz's.
      rowsBefore = await countRows();
      for (const fuzz of requests) {
        const headers = await headersFor(fuzz);
        if (fuzz.operation.endsWith('/sign-out') && headers['cookie']) {
          rowsBefore = await countRows();
        }
        const { status, body } = await send(fuzz, headers);
        sent += 1;
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        const rowsAfter = await settledRows();
        if (status === CLOSED_ON_OVERSIZE) {
          const grown = tables.filter((table) => rowsAfter[table] !== rowsBefore[table]);
          if (grown.length > 0) {
            failures.push({
              request: fuzz,
              status,
              problem: `oversize body closed but changed ${grown.join(', ')}`,
            });
          }
        } else if (status < 400) {
          reached.set(fuzz.operation, (reached.get(fuzz.operation) ?? 0) + 1);
        } else if (status >= 500) {
          failures.push({ request: fuzz, status, problem: `answered ${status}` });
        } else {
          refused += 1;
          const shapeProblem = errorShapeProblem(body);
          if (shapeProblem) {
            failures.push({ request: fuzz, status, problem: shapeProblem });
          }
          const grown = tables.filter(
            (table) =>
              !COUNTS_REFUSALS.has(table) &&
              !FOLLOWS_AUDIT_LOG.has(table) &&
              rowsAfter[table] !== rowsBefore[table],
          );
          if (grown.length > 0) {
            failures.push({
              request: fuzz,
              status,
              problem: `refused with ${(body as { error?: { code?: string } }).error?.code} but changed ${grown.join(', ')}`,
            });
          }
        }
        rowsBefore = rowsAfter;
      }
    }

    const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
    const byStatus = [...statuses.entries()]
      .sort(([a], [b]) => a - b)
      .map(([status, count]) => `${status}×${count}`)
      .join(' ');
    const unreached = operations
      .map(({ path, method }) => `${method.toUpperCase()} ${path}`)
      .filter((name) => !reached.has(name));
    const unexplained = unreached.filter((name) => UNREACHABLE_OPERATIONS[name] === undefined);
    process.stdout.write(
      `openapi fuzz: ${sent} requests over ${operations.length} operations in ${seconds} s; statuses ${byStatus}; ` +
        `refused ${refused}; connections reset and resent ${resets}; 5xx ${failures.filter((failure) => failure.status >= 500).length}; problems ${failures.length}\n` +
        `openapi fuzz: operations never answered below 400 (auth or state out of the fuzzer's reach): ${
          unreached.length === 0
            ? 'none'
            : unreached
                .map(
                  (name) => `${name} (${UNREACHABLE_OPERATIONS[name] ?? 'not on the allow-list'})`,
                )
                .join(', ')
        }\n`,
    );
    // Bodies may hold generated values only (no personal data): the request shape is what reproduces a failure.
    const described = failures.slice(0, 20).map(({ request: fuzz, status, problem }) => ({
      problem,
      status,
      request: `${fuzz.method} ${fuzz.path}?${new URLSearchParams(fuzz.query).toString()} as ${fuzz.auth}${fuzz.hasCsrf ? ' +csrf' : ''}`,
      // A sample's 個人番号 is fictional, but never echo twelve digits all the same.
      body: JSON.stringify(fuzz.body)
        .slice(0, 400)
        .replace(/\d{12}/g, '############'),
    }));
    expect(described).toEqual([]);
    expect(sent).toBeGreaterThanOrEqual(faultScale.fuzzRequests);
    // A valid request through every operation: a regression in the API (or in the fixture) that
    // refuses all of them shows here.
    expect(unexplained).toEqual([]);
  });
});
