import { useState } from 'react';

/** One key per form session: a retried or double-clicked submission returns the same application. */
export function useIdempotencyKey(): string {
  const [key] = useState(() => globalThis.crypto.randomUUID());
  return key;
}
