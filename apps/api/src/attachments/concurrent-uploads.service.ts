import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';

import type { Env } from '../config/env.js';
import { ENV, REDIS } from '../infrastructure/tokens.js';
import { attachmentsException } from './attachments.exception.js';

/**
 * Takes a place if the resident has fewer than the limit in flight, and gives the key a life of
 * its own (a crashed replica's places expire) — atomically, so two replicas cannot both take the last.
 */
const TAKE_PLACE = `
local count = redis.call('INCR', KEYS[1])
redis.call('PEXPIRE', KEYS[1], ARGV[2])
if count > tonumber(ARGV[1]) then
  redis.call('DECR', KEYS[1])
  return 0
end
return 1`;

/**
 * How many uploads a resident has in flight, across every API replica (counted in Redis). An
 * upload holds a place from its first byte to its answer; past UPLOAD_MAX_CONCURRENT_PER_RESIDENT
 * the next one is refused with 429, so one resident cannot take the server's upload capacity.
 */
@Injectable()
export class ConcurrentUploads {
  constructor(
    @Inject(ENV) private readonly env: Env,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  /** Runs `upload` in one of the resident's places; refuses when they are all taken. */
  async run<T>(residentId: string, upload: () => Promise<T>): Promise<T> {
    const key = `uploads:in-flight:${residentId}`;
    // A place outlives the longest upload a little, in case the replica dies before giving it back.
    const lifeMs = (this.env.UPLOAD_DEADLINE_SECONDS + 60) * 1000;
    let isTaken: unknown;
    try {
      isTaken = await this.redis.eval(
        TAKE_PLACE,
        1,
        key,
        this.env.UPLOAD_MAX_CONCURRENT_PER_RESIDENT,
        lifeMs,
      );
    } catch {
      throw attachmentsException('upload_unavailable');
    }
    if (isTaken !== 1) {
      throw attachmentsException('too_many_uploads');
    }
    try {
      return await upload();
    } finally {
      await this.redis.decr(key).catch(() => undefined);
    }
  }
}
