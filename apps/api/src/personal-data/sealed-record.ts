import type { SealedRecord } from './personal-data-cipher.js';

/** An application's answers, and every answer version kept of them, are sealed for the application. */
export function applicationRecord(application: {
  id: string;
  municipalityCode: string;
}): SealedRecord {
  return {
    kind: 'application',
    id: application.id,
    municipalityCode: application.municipalityCode,
  };
}

export function draftRecord(draft: { id: string; municipalityCode: string }): SealedRecord {
  return { kind: 'draft', id: draft.id, municipalityCode: draft.municipalityCode };
}
