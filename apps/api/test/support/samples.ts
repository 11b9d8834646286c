import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { SEEDS_DIR } from './api-test-app.js';

/** The valid sample answers shipped with a seed form. */
export function readSampleAnswers(procedureId: string, sample = 'valid'): Record<string, unknown> {
  return JSON.parse(readFileSync(join(SEEDS_DIR, 'forms', procedureId, 'samples', `${sample}.json`), 'utf8')) as Record<
    string,
    unknown
  >;
}

export const CHIYODA = '131016';
export const YOKOHAMA = '141003';
