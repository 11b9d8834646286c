// Time to make the PDF 控え (apps/api/src/receipts): ms per PDF and PDFs per second. Prints
// figures; not a test. Run from the repository root with Node 24:
//   npx nx run benchmarks:receipt        (builds the API first; or: node benchmarks/receipt/run.ts [seconds])
//
// Each of the 27 standard forms with its sample answers (every answer, attachments listed with
// their SHA-256) is rendered the way `GET /api/me/applications/:id/receipt.pdf` renders it:
// buildReceiptDocument, then renderReceiptPdf (pdfkit, BIZ UDPゴシック embedded as a subset).
// 1. The first PDF of the process (reads and parses the fonts), 2. the 27 forms in turn, repeated
// for N seconds (default 5): mean and p50 / p95 ms per PDF, PDFs per second on one core.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

import '../../libs/forms/schema/scripts/register-ts-source.ts';

const SECONDS = Number(process.argv[2] ?? 5);
const SEEDS = join(import.meta.dirname, '../../seeds');

const schema = await import('../../libs/forms/schema/src/index.ts');

// The API's own modules as built (`api:build`), the code the server runs. Named through a
// variable so that this project's typecheck does not compile the API: `api:typecheck` does.
type ReceiptDocument = { readonly receiptNumber: string };
type ReceiptSources = Record<string, unknown>;
const RECEIPTS = '../../apps/api/dist/receipts';
const { buildReceiptDocument } = (await import(`${RECEIPTS}/receipt-document.js`)) as {
  buildReceiptDocument: (sources: ReceiptSources) => ReceiptDocument;
};
const { renderReceiptPdf } = (await import(`${RECEIPTS}/receipt-pdf.js`)) as {
  renderReceiptPdf: (document: ReceiptDocument) => Promise<Buffer>;
};

const municipality = JSON.parse(
  readFileSync(join(SEEDS, 'municipalities/131016.json'), 'utf8'),
) as {
  name: { ja: string; en: string };
  prefecture: { ja: string; en: string };
};

function latestVersion(procedureId: string): string {
  const versions = readdirSync(join(SEEDS, 'forms', procedureId)).filter((name) =>
    /^v\d+\.json$/.test(name),
  );
  return versions.sort((a, b) => Number(a.slice(1, -5)) - Number(b.slice(1, -5))).at(-1)!;
}

/** The answers of the sample with every attachment slot holding one listed file. */
function sourcesOf(procedureId: string): ReceiptSources {
  const form = schema.compileForm(
    schema.parseFormDefinition(
      JSON.parse(
        readFileSync(join(SEEDS, 'forms', procedureId, latestVersion(procedureId)), 'utf8'),
      ),
    ),
  );
  const answers = JSON.parse(
    readFileSync(join(SEEDS, 'forms', procedureId, 'samples/valid.json'), 'utf8'),
  ) as Record<string, unknown>;
  const attachments = form.attachmentsIn(answers).flatMap((reference) =>
    reference.ids.map((id) => ({
      id,
      fileName: `${reference.slotId}.pdf`,
      bytes: 183_420,
      sha256: createHash('sha256').update(id).digest('hex'),
    })),
  );
  return {
    application: {
      id: `bench-${procedureId}`,
      receiptNumber: 'WJ7C-HKMA',
      municipalityCode: '131016',
      procedureId,
      formVersion: form.definition.version,
      applicantName: '山田 花子',
      submittedAt: new Date('2026-12-03T01:23:00Z'),
      dueDate: '2026-12-17',
      answers,
    },
    form,
    municipality: {
      code: '131016',
      name: municipality.name,
      prefecture: municipality.prefecture,
      contact: null,
    },
    attachments,
    contact: null,
  };
}

const procedureIds = readdirSync(join(SEEDS, 'forms'))
  .filter((name) => !name.startsWith('.'))
  .sort();
const documents = procedureIds.map((id) => buildReceiptDocument(sourcesOf(id)));

let started = performance.now();
const first = await renderReceiptPdf(documents[0]!);
const firstMs = performance.now() - started;

const times: number[] = [];
let bytes = 0;
started = performance.now();
while (performance.now() - started < SECONDS * 1000 || times.length < documents.length) {
  const document = documents[times.length % documents.length]!;
  const before = performance.now();
  const pdf = await renderReceiptPdf(document);
  times.push(performance.now() - before);
  bytes += pdf.length;
}
const elapsed = performance.now() - started;
const sorted = [...times].sort((a, b) => a - b);
const at = (p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

console.log(
  `PDF 控え of the ${documents.length} standard forms (sample answers), Node ${process.version}`,
);
console.log(
  `first PDF of the process (fonts read and parsed): ${firstMs.toFixed(0)} ms, ${first.length} bytes`,
);
console.log(
  `then ${times.length} PDFs in ${(elapsed / 1000).toFixed(1)} s: mean ${(elapsed / times.length).toFixed(1)} ms per PDF ` +
    `(p50 ${at(50).toFixed(1)} ms, p95 ${at(95).toFixed(1)} ms), ${((times.length * 1000) / elapsed).toFixed(1)} PDFs per second, ` +
    `mean size ${Math.round(bytes / times.length / 1024)} KB`,
);
