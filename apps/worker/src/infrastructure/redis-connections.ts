import type { ConnectionOptions } from 'bullmq';

type RedisOptions = Exclude<ConnectionOptions, { connect: unknown }>;

/**
 * BullMQ workers block on Redis and must retry forever (`maxRetriesPerRequest: null`);
 * producers must fail fast instead, so the outbox relay notices an outage and retries later.
 */
export function workerConnectionOptions(redisUrl: string): RedisOptions {
  return { ...parseRedisUrl(redisUrl), maxRetriesPerRequest: null };
}

export function producerConnectionOptions(redisUrl: string): RedisOptions {
  return { ...parseRedisUrl(redisUrl), maxRetriesPerRequest: 1, enableOfflineQueue: false };
}

function parseRedisUrl(redisUrl: string): RedisOptions {
  const url = new URL(redisUrl);
  return {
    host: url.hostname,
    port: Number(url.port || 6379),
    db: Number(url.pathname.replace('/', '') || 0),
    ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
    ...(url.username ? { username: decodeURIComponent(url.username) } : {}),
    ...(url.protocol === 'rediss:' ? { tls: {} } : {}),
  };
}
