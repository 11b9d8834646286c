import { z } from 'zod';

import { staffQueueException } from './staff-queue.exception.js';

/**
 * A position in a keyset-paginated list: the sort key and the id of the last row of a page.
 * Opaque to clients (base64url JSON). Keyset pagination is stable while rows arrive: a new row
 * sorts after every row already seen (its receipt time is later), so no page repeats or skips one.
 */
export type PageCursor = { sort: string; key: string; id: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** Sort keys as PostgreSQL prints them: a UTC timestamp with microseconds, or a date (or infinity). */
const SORT_KEY = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z|\d{4}-\d{2}-\d{2}|infinity)$/;

const cursorSchema = z.tuple([
  z.string().min(1).max(20),
  z.string().regex(SORT_KEY),
  z.string().regex(UUID),
]);

export function encodePageCursor(cursor: PageCursor): string {
  return Buffer.from(JSON.stringify([cursor.sort, cursor.key, cursor.id]), 'utf8').toString(
    'base64url',
  );
}

/** Reads a cursor made by `encodePageCursor` for the same sort; anything else is a 400. */
export function decodePageCursor(text: string, sort: string): PageCursor {
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw staffQueueException('invalid_cursor');
  }
  const parsed = cursorSchema.safeParse(raw);
  if (!parsed.success || parsed.data[0] !== sort) {
    throw staffQueueException('invalid_cursor');
  }
  const [cursorSort, key, id] = parsed.data;
  return { sort: cursorSort, key, id };
}
