import { z } from 'zod';

import { administrationException } from './administration.exception.js';

/**
 * A position in the audit trail (newest first): the time and id of the last row of a page.
 * The time keeps PostgreSQL's microseconds (a JavaScript Date would round them away and skip
 * or repeat rows written in the same millisecond). Opaque to clients (base64url JSON).
 */
export type AuditCursor = { occurredAt: string; id: string };

const OCCURRED_AT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const cursorSchema = z.tuple([z.string().regex(OCCURRED_AT), z.string().regex(/^[1-9]\d{0,17}$/)]);

export function encodeAuditCursor(cursor: AuditCursor): string {
  return Buffer.from(JSON.stringify([cursor.occurredAt, cursor.id]), 'utf8').toString('base64url');
}

/** Reads a cursor made by `encodeAuditCursor`; anything else is a 400. */
export function decodeAuditCursor(text: string): AuditCursor {
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw administrationException('invalid_cursor');
  }
  const parsed = cursorSchema.safeParse(raw);
  if (!parsed.success || Number.isNaN(Date.parse(parsed.data[0]))) {
    throw administrationException('invalid_cursor');
  }
  return { occurredAt: parsed.data[0], id: parsed.data[1] };
}
