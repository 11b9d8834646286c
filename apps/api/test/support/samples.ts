import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { compileForm, parseFormDefinition, resolveSampleDates } from '@madoguchi/forms-schema';
import request from 'supertest';

import { makePng } from '../../src/attachments/testing/sample-files.js';
import { SEEDS_DIR } from './api-test-app.js';

/** The valid sample answers shipped with a seed form, their relative dates (`today+P6M`) resolved. */
export function readSampleAnswers(procedureId: string, sample = 'valid'): Record<string, unknown> {
  return resolveSampleDates(
    JSON.parse(
      readFileSync(join(SEEDS_DIR, 'forms', procedureId, 'samples', `${sample}.json`), 'utf8'),
    ) as Record<string, unknown>,
  );
}

export const CHIYODA = '131016';
export const YOKOHAMA = '141003';

/**
 * Replaces the placeholder attachment ids of a seed sample ("sample-file-1") by real uploads of a
 * small PNG to the right slots, as a resident's browser would before submitting.
 */
export async function withUploadedAttachments(
  app: { http: Parameters<typeof request>[0] },
  cookie: string,
  target: { municipalityCode: string; procedureId: string; formVersion: number },
  answers: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const definition = parseFormDefinition(
    JSON.parse(
      readFileSync(
        join(SEEDS_DIR, 'forms', target.procedureId, `v${target.formVersion}.json`),
        'utf8',
      ),
    ),
  );
  const copy = structuredClone(answers);
  for (const reference of compileForm(definition).attachmentsIn(copy)) {
    const uploaded: string[] = [];
    for (const [index] of reference.ids.entries()) {
      const response = await request(app.http)
        .post('/api/attachments')
        .set('Cookie', cookie)
        .set('x-madoguchi-csrf', '1')
        .field('municipalityCode', target.municipalityCode)
        .field('procedureId', target.procedureId)
        .field('formVersion', String(target.formVersion))
        .field('slotId', reference.slotId)
        .attach('file', makePng(), { filename: `document-${index + 1}.png` });
      if (response.status !== 201) {
        throw new Error(
          `upload to ${reference.slotId} failed: ${response.status} ${JSON.stringify(response.body)}`,
        );
      }
      uploaded.push((response.body as { id: string }).id);
    }
    const path = (reference.path ?? '').split('.');
    let container: unknown = copy;
    for (const segment of path.slice(0, -1)) {
      container = (container as Record<string, unknown>)[segment];
    }
    (container as Record<string, unknown>)[path.at(-1)!] = uploaded;
  }
  return copy;
}
