import { randomBytes, timingSafeEqual } from 'node:crypto';

import type { OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { Inject, Injectable } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { QUEUE_NAMES } from '@madoguchi/notifications-contracts';
import type { ApiErrorBody } from '@madoguchi/server-util-nest';
import { Queue } from 'bullmq';

import type { Env } from '../config/env.js';
import { ENV } from '../infrastructure/tokens.js';
import { SAFE_METHODS, hasCsrfHeader } from '../identity/csrf.guard.js';
import type { IdentityExceptionCode } from '../identity/identity.exception.js';
import { identityException } from '../identity/identity.exception.js';
import { SESSION_COOKIE, SessionStore } from '../identity/session.store.js';

export const QUEUE_DASHBOARD_PATH = '/api/staff/queues';

/**
 * The dashboard's own UI (axios) echoes this cookie in `X-XSRF-TOKEN` on its writes: a custom
 * header a cross-site page cannot send, as `X-Madoguchi-CSRF` for the console.
 */
const DASHBOARD_XSRF_COOKIE = 'XSRF-TOKEN';
const DASHBOARD_XSRF_HEADER = 'x-xsrf-token';

type GateRequest = {
  method: string;
  headers: Record<string, string | string[] | undefined>;
  cookies?: Record<string, string | undefined>;
};
type GateResponse = {
  statusCode: number;
  status(code: number): GateResponse;
  json(body: unknown): void;
  cookie(name: string, value: string, options: Record<string, unknown>): void;
};

/** Read-only handles on the queues for the dashboard and the metrics (fail fast, connect lazily). */
export const DASHBOARD_QUEUES = Symbol('DASHBOARD_QUEUES');

export function createDashboardQueues(env: Env): Queue[] {
  const url = new URL(env.REDIS_URL);
  return Object.values(QUEUE_NAMES).map((name) => {
    const queue = new Queue(name, {
      prefix: env.REDIS_PREFIX,
      connection: {
        host: url.hostname,
        port: Number(url.port || 6379),
        db: Number(url.pathname.replace('/', '') || 0),
        ...(url.username ? { username: decodeURIComponent(url.username) } : {}),
        ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
        ...(url.protocol === 'rediss:' ? { tls: {} } : {}),
        maxRetriesPerRequest: 1,
        enableOfflineQueue: false,
        lazyConnect: true,
      },
    });
    // Redis away: the dashboard and the queue gauges answer errors; nothing else depends on it.
    queue.on('error', () => undefined);
    return queue;
  });
}

function isApiErrorBody(body: unknown): body is ApiErrorBody {
  return (
    typeof body === 'object' &&
    body !== null &&
    'error' in body &&
    typeof body.error === 'object' &&
    body.error !== null &&
    'code' in body.error
  );
}

/** bull-board's own error answers (`{ error: 'Queue not found' }`, …) in the API's one error shape. */
function dashboardError(status: number): ApiErrorBody {
  const code = status === 404 ? 'not_found' : status >= 500 ? 'internal_error' : 'bad_request';
  const message =
    status === 404
      ? { ja: '見つかりませんでした。', en: 'Not found.' }
      : status >= 500
        ? {
            ja: 'キューに接続できません。しばらくしてからもう一度お試しください。',
            en: 'The queues cannot be reached. Please try again shortly.',
          }
        : { ja: 'リクエストの形式が正しくありません。', en: 'The request is malformed.' };
  return { error: { code, message, fields: [] } };
}

function isSameValue(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * bull-board at /api/staff/queues, for platform operators only (a staff session with the
 * `operator` platform role), reads and writes alike. Municipality administrators get nothing
 * here: the queues are shared by every municipality and bull-board has no per-job filter, so a
 * "read-only, own municipality" view cannot be made safe (job lists, counts, payloads and logs
 * of every tenant come from the same queue calls). Writes (pause, obliterate, clean, retry, add,
 * edit data, remove a scheduler, …) need the CSRF header; every refusal answers in the API's
 * error shape.
 */
@Injectable()
export class QueueDashboard implements OnModuleInit, OnApplicationShutdown {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly sessions: SessionStore,
    @Inject(DASHBOARD_QUEUES) private readonly queues: Queue[],
    @Inject(ENV) private readonly env: Env,
  ) {}

  onModuleInit(): void {
    const serverAdapter = new ExpressAdapter();
    serverAdapter.setBasePath(QUEUE_DASHBOARD_PATH);
    createBullBoard({
      queues: this.queues.map((queue) => new BullMQAdapter(queue)),
      serverAdapter,
      options: { uiConfig: { boardTitle: 'Madoguchi queues' } },
    });
    const express = this.adapterHost.httpAdapter.getInstance<{
      use(path: string, ...handlers: unknown[]): void;
    }>();
    express.use(
      QUEUE_DASHBOARD_PATH,
      (request: GateRequest, response: GateResponse, next: (error?: unknown) => void) => {
        this.gate(request, response).then((refusal) => {
          if (refusal === null) {
            this.answerErrorsInApiShape(response);
            next();
            return;
          }
          const exception = identityException(refusal);
          response.status(exception.status).json(exception.toBody());
        }, next);
      },
      serverAdapter.getRouter(),
    );
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.queues.map((queue) => queue.close().catch(() => undefined)));
  }

  private async gate(
    request: GateRequest,
    response: GateResponse,
  ): Promise<IdentityExceptionCode | null> {
    const sessionId = request.cookies?.[SESSION_COOKIE];
    const actor = sessionId ? await this.sessions.find(sessionId) : null;
    if (!actor) {
      return 'unauthenticated';
    }
    if (actor.kind !== 'staff' || actor.platformRole !== 'operator') {
      return 'forbidden';
    }
    if (SAFE_METHODS.has(request.method)) {
      if (request.cookies?.[DASHBOARD_XSRF_COOKIE] === undefined) {
        response.cookie(DASHBOARD_XSRF_COOKIE, randomBytes(24).toString('base64url'), {
          // Read by the dashboard's script (not httpOnly); only on its own path, never cross-site.
          httpOnly: false,
          secure: this.env.COOKIE_SECURE,
          sameSite: 'strict',
          path: QUEUE_DASHBOARD_PATH,
        });
      }
      return null;
    }
    return hasCsrfHeader(request.headers) || this.hasDashboardXsrfToken(request)
      ? null
      : 'csrf_header_missing';
  }

  private hasDashboardXsrfToken(request: GateRequest): boolean {
    const header = request.headers[DASHBOARD_XSRF_HEADER];
    const cookie = request.cookies?.[DASHBOARD_XSRF_COOKIE];
    return (
      typeof header === 'string' &&
      header !== '' &&
      cookie !== undefined &&
      isSameValue(header, cookie)
    );
  }

  /** bull-board answers its own errors with `{ error: string }`: rewrite them before they leave. */
  private answerErrorsInApiShape(response: GateResponse): void {
    const json = response.json.bind(response);
    response.json = (body: unknown) => {
      json(
        response.statusCode >= 400 && !isApiErrorBody(body)
          ? dashboardError(response.statusCode)
          : body,
      );
    };
  }
}
