import type { OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { Inject, Injectable } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { QUEUE_NAMES } from '@madoguchi/notifications-contracts';
import { Queue } from 'bullmq';

import type { Env } from '../config/env.js';
import { SESSION_COOKIE, SessionStore } from '../identity/session.store.js';

export const QUEUE_DASHBOARD_PATH = '/api/staff/queues';

type GateRequest = { cookies?: Record<string, string | undefined> };
type GateResponse = { status(code: number): { json(body: unknown): void } };

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
        ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
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

/**
 * bull-board at /api/staff/queues, for the municipality's administrators only (staff session
 * with the admin role). Mounted on the Express instance, behind the same session cookie as the
 * console; it shows job ids and states (payloads hold ids, receipt numbers and labels: no names,
 * no free text, no health data — those are read from PostgreSQL by the worker).
 */
@Injectable()
export class QueueDashboard implements OnModuleInit, OnApplicationShutdown {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly sessions: SessionStore,
    @Inject(DASHBOARD_QUEUES) private readonly queues: Queue[],
  ) {}

  onModuleInit(): void {
    const serverAdapter = new ExpressAdapter();
    serverAdapter.setBasePath(QUEUE_DASHBOARD_PATH);
    createBullBoard({
      queues: this.queues.map((queue) => new BullMQAdapter(queue)),
      serverAdapter,
      options: { uiConfig: { boardTitle: 'Madoguchi queues' } },
    });
    const express = this.adapterHost.httpAdapter.getInstance<{ use(path: string, ...handlers: unknown[]): void }>();
    express.use(QUEUE_DASHBOARD_PATH, (request: GateRequest, response: GateResponse, next: (error?: unknown) => void) => {
      this.authorize(request).then(
        (status) => (status === 200 ? next() : response.status(status).json({ error: { code: status === 401 ? 'unauthenticated' : 'forbidden', message: { ja: '管理者のみが利用できます。', en: 'Administrators only.' }, fields: [] } })),
        next,
      );
    }, serverAdapter.getRouter());
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.queues.map((queue) => queue.close().catch(() => undefined)));
  }

  private async authorize(request: GateRequest): Promise<200 | 401 | 403> {
    const sessionId = request.cookies?.[SESSION_COOKIE];
    const actor = sessionId ? await this.sessions.find(sessionId) : null;
    if (!actor) {
      return 401;
    }
    return actor.kind === 'staff' && actor.staffRole === 'admin' ? 200 : 403;
  }
}
