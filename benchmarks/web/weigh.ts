// The JavaScript bytes alone, without the stack and Lighthouse: a quick check of a change to the
// bundles. `vite build` of the citizen app into a temporary folder (apps/citizen/dist is left as it
// is), then the same per-route weights as run.ts, with every file. Run from the repository root:
//   npx nx run benchmarks:web-weight          (or: node benchmarks/web/weigh.ts)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { kilobytes, weighRoute } from './bundle-weight.ts';
import { buildCitizenApp } from './preview-stack.ts';
import { FORM_GZIP_GOAL, ROUTES } from './routes.ts';

const outDir = mkdtempSync(join(tmpdir(), 'madoguchi-citizen-build-'));
try {
  await buildCitizenApp(outDir);
  for (const route of ROUTES) {
    const weight = weighRoute(outDir, route.name, [...route.modules]);
    const goal = route.name.startsWith('form')
      ? ` (goal ≤ ${kilobytes(FORM_GZIP_GOAL)}: ${weight.jsGzipBytes <= FORM_GZIP_GOAL ? 'met' : 'not met'})`
      : '';
    console.log(
      `\n${route.name}: ${kilobytes(weight.jsGzipBytes)} gzipped, ${kilobytes(weight.jsBytes)} raw, ${weight.js.length} files${goal}`,
    );
    for (const chunk of weight.js) {
      console.log(
        `  ${kilobytes(chunk.gzipBytes).padStart(9)}  ${chunk.file.replace('assets/', '')}`,
      );
    }
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
