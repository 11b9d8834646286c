import { createHash, randomBytes } from 'node:crypto';

import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { sessionActorSchema } from '@madoguchi/procedures-contracts';
import { SessionEntity } from '@madoguchi/server-database';
import { DataSource, LessThan } from 'typeorm';

import type { Env } from '../config/env.js';
import { ENV } from '../infrastructure/tokens.js';
import type { Actor } from './actor.js';

export const SESSION_COOKIE = 'madoguchi_session';

/** What `sessions` keeps of a session id (and push subscriptions, to end them at sign-out). */
export function hashSessionId(sessionId: string): string {
  return createHash('sha256').update(sessionId).digest('hex');
}

/**
 * The idle deadline moves on at most once a minute per session (one write per minute, not per
 * request), sooner only for idle timeouts under four minutes.
 */
const IDLE_EXTENSION_STEP_MS = 60_000;

/**
 * Sessions live in PostgreSQL, never in process memory, so any API replica serves any request
 * and signing in keeps working while Redis (the queue) is away. The cookie holds a random id;
 * the table holds only its SHA-256, so a copy of the table opens no session.
 *
 * `expires_at` is the earlier of two deadlines: the absolute lifetime from sign-in
 * (SESSION_TTL_SECONDS / STAFF_SESSION_TTL_SECONDS) and the idle timeout from the last request
 * (SESSION_IDLE_TIMEOUT_SECONDS); each request moves the idle one on, never past the absolute one.
 */
@Injectable()
export class SessionStore {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(ENV) private readonly env: Env,
  ) {}

  ttlFor(actor: Actor): number {
    return actor.kind === 'staff'
      ? this.env.STAFF_SESSION_TTL_SECONDS
      : this.env.SESSION_TTL_SECONDS;
  }

  async create(actor: Actor): Promise<string> {
    const sessionId = randomBytes(32).toString('base64url');
    const repository = this.dataSource.getRepository(SessionEntity);
    await repository.insert({
      idHash: hashSessionId(sessionId),
      actor: { ...actor },
      expiresAt: new Date(
        Date.now() + Math.min(this.ttlFor(actor), this.env.SESSION_IDLE_TIMEOUT_SECONDS) * 1000,
      ),
    });
    // Sweeping a few expired rows on each sign-in keeps the table small without a scheduler.
    await repository.delete({ expiresAt: LessThan(new Date()) });
    return sessionId;
  }

  /**
   * A login always opens a new session id (no fixation) and ends the one the browser still had,
   * so the old cookie opens nothing afterwards.
   */
  async rotate(previousSessionId: string | undefined, actor: Actor): Promise<string> {
    if (previousSessionId !== undefined) {
      await this.destroy(previousSessionId);
    }
    return this.create(actor);
  }

  async find(sessionId: string): Promise<Actor | null> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(sessionId)) {
      return null;
    }
    const repository = this.dataSource.getRepository(SessionEntity);
    const row = await repository.findOneBy({ idHash: hashSessionId(sessionId) });
    const now = Date.now();
    if (!row || row.expiresAt.getTime() <= now) {
      return null;
    }
    const parsed = sessionActorSchema.safeParse(row.actor);
    if (!parsed.success) {
      return null;
    }
    const absoluteEnd = row.createdAt.getTime() + this.ttlFor(parsed.data) * 1000;
    const idleEnd = Math.min(absoluteEnd, now + this.env.SESSION_IDLE_TIMEOUT_SECONDS * 1000);
    if (
      idleEnd - row.expiresAt.getTime() >=
      Math.min(IDLE_EXTENSION_STEP_MS, (this.env.SESSION_IDLE_TIMEOUT_SECONDS * 1000) / 4)
    ) {
      await repository.update({ idHash: row.idHash }, { expiresAt: new Date(idleEnd) });
    }
    return parsed.data;
  }

  async destroy(sessionId: string): Promise<void> {
    await this.dataSource.getRepository(SessionEntity).delete({ idHash: hashSessionId(sessionId) });
  }
}
