import { randomBytes } from 'node:crypto';

import { Inject, Injectable } from '@nestjs/common';
import { sessionActorSchema } from '@madoguchi/procedures-contracts';
import { Redis } from 'ioredis';

import type { Env } from '../config/env.js';
import { ENV, REDIS } from '../infrastructure/tokens.js';
import type { Actor } from './actor.js';

export const SESSION_COOKIE = 'madoguchi_session';

/**
 * Sessions live in Redis, never in process memory, so any API replica can serve any request.
 * The cookie holds only a random id.
 */
@Injectable()
export class SessionStore {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(ENV) private readonly env: Env,
  ) {}

  ttlFor(actor: Actor): number {
    return actor.kind === 'staff' ? this.env.STAFF_SESSION_TTL_SECONDS : this.env.SESSION_TTL_SECONDS;
  }

  async create(actor: Actor): Promise<string> {
    const sessionId = randomBytes(32).toString('base64url');
    await this.redis.set(this.key(sessionId), JSON.stringify(actor), 'EX', this.ttlFor(actor));
    return sessionId;
  }

  async find(sessionId: string): Promise<Actor | null> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(sessionId)) {
      return null;
    }
    const raw = await this.redis.get(this.key(sessionId));
    if (raw === null) {
      return null;
    }
    const parsed = sessionActorSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  }

  async destroy(sessionId: string): Promise<void> {
    await this.redis.del(this.key(sessionId));
  }

  private key(sessionId: string): string {
    return `session:${sessionId}`;
  }
}
