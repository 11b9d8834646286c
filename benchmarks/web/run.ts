// What a resident's browser loads and how fast the production build of the citizen app feels on a
// phone. Prints figures; not a test. Run from the repository root with Node 24:
//   npx nx run benchmarks:web          (or: node benchmarks/web/run.ts [lighthouse runs per route])
// The bytes alone, without Lighthouse: npx nx run benchmarks:web-weight (weigh.ts).
//
// 1. `vite build` of the citizen app; the Vite manifest gives the JavaScript each route loads
//    (entry + the route's chunk + their static imports), gzipped.
// 2. A small stack on a fresh database (preview-stack.ts): the built API and `vite preview` of the
//    build, which serves it gzipped and forwards /api to the API; the form route opens signed in.
// 3. Lighthouse 12 (mobile: simulated slow 4G and a 4× slower CPU) in Debian's Chromium, N runs per
//    route (default 5): performance and accessibility scores, and the metrics behind them (median).
// 4. Load-independent figures beside them: the JS bytes of step 1, and the main thread's CPU time
//    (script, all tasks) at 1× from Chrome's own counters (main-thread.ts), median of the runs.
// 5. A last table: each goal of issue #10 with the figures and met / not met.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

import type { RouteWeight } from './bundle-weight.ts';
import { kilobytes, weighRoute } from './bundle-weight.ts';
import { measureMainThread } from './main-thread.ts';
import { ROOT, buildCitizenApp, startPreviewStack } from './preview-stack.ts';
import { FORM_GZIP_GOAL, ROUTES } from './routes.ts';

const RUNS = Number(process.argv[2] ?? 5);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const DIST = join(ROOT, 'apps/citizen/dist');

/** The full Lighthouse reports (JSON), for a look at what a figure is made of. */
const REPORTS = join(tmpdir(), 'madoguchi-lighthouse-reports');
mkdirSync(REPORTS, { recursive: true });

const GOALS = {
  formGzipBytes: FORM_GZIP_GOAL,
  performance: 95,
  accessibility: 100,
  layoutShift: 0,
};

type LighthouseRun = {
  performance: number;
  accessibility: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  si: number;
  failedAccessibility: string[];
  /** Lighthouse's measure of this machine's CPU at the time (a fast idle desktop: 1,500–2,500). */
  benchmarkIndex: number;
};

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

async function runLighthouse(url: string, cookie: string, label: string): Promise<LighthouseRun> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'madoguchi-lighthouse-'));
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    userDataDir,
    // The flags this machine needs (MACHINE.md), headless.
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
      extraHeaders: { Cookie: cookie },
    });
    if (!result) {
      throw new Error(`Lighthouse returned nothing for ${url}`);
    }
    const { lhr } = result;
    writeFileSync(join(REPORTS, `${label.split(' ')[0]}-${Date.now()}.json`), JSON.stringify(lhr));
    if (lhr.runtimeError) {
      throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    }
    const numeric = (id: string): number => lhr.audits[id]?.numericValue ?? Number.NaN;
    const accessibilityRefs = lhr.categories.accessibility?.auditRefs ?? [];
    const failedAccessibility = accessibilityRefs
      .filter(
        (ref) =>
          ref.weight > 0 &&
          lhr.audits[ref.id]?.score !== null &&
          (lhr.audits[ref.id]?.score ?? 1) < 1,
      )
      .map((ref) => ref.id);
    return {
      performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
      accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
      fcp: numeric('first-contentful-paint'),
      lcp: numeric('largest-contentful-paint'),
      tbt: numeric('total-blocking-time'),
      cls: numeric('cumulative-layout-shift'),
      si: numeric('speed-index'),
      failedAccessibility,
      benchmarkIndex: lhr.environment.benchmarkIndex,
    };
  } finally {
    chrome.kill();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

function printWeights(weights: RouteWeight[]): void {
  console.log(
    '\nJavaScript a resident loads (entry + route chunk + their static imports; gzip -9 per file)\n',
  );
  console.log('| route | JS gzipped | JS raw | CSS gzipped | goal |');
  console.log('|---|---|---|---|---|');
  for (const weight of weights) {
    const isForm = weight.route.startsWith('form');
    const goal = isForm
      ? `≤ ${kilobytes(GOALS.formGzipBytes)}: ${weight.jsGzipBytes <= GOALS.formGzipBytes ? 'met' : '**not met**'}`
      : '';
    console.log(
      `| ${weight.route} | ${kilobytes(weight.jsGzipBytes)} | ${kilobytes(weight.jsBytes)} | ${kilobytes(weight.cssGzipBytes)} | ${goal} |`,
    );
  }
  for (const weight of weights) {
    console.log(
      `\n${weight.route}: ${weight.js
        .map((chunk) => `${chunk.file.replace('assets/', '')} ${kilobytes(chunk.gzipBytes)}`)
        .slice(0, 8)
        .join(', ')}${weight.js.length > 8 ? `, … (${weight.js.length} files)` : ''}`,
    );
  }
}

const load = (): string =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' / ');
const verdict = (isMet: boolean): string => (isMet ? 'met' : '**not met**');

console.log(
  `Madoguchi web benchmark — citizen production build, ${RUNS} Lighthouse run(s) per route (Node ${process.version}; load average 1/5/15 min: ${load()})`,
);
await buildCitizenApp();
const weights = ROUTES.map((route) => weighRoute(DIST, route.name, [...route.modules]));
printWeights(weights);

const stack = await startPreviewStack((message) => console.log(`\n${message}`));
const { previewUrl, residentCookie: cookie } = stack;
const lighthouseRuns = new Map<string, LighthouseRun[]>();
try {
  // Warm-up: the API compiles the form on its first request.
  await fetch(`${previewUrl}/api/municipalities/131016/procedures/pregnancy-notification/form`, {
    headers: { cookie },
  });

  console.log(
    '\nLighthouse 12.2.3, mobile (median of the runs; scores of every run in brackets)\n',
  );
  console.log('| route | performance | accessibility | FCP | LCP | TBT | CLS | Speed Index |');
  console.log('|---|---|---|---|---|---|---|---|');
  const notes: string[] = [];
  for (const route of ROUTES) {
    const runs: LighthouseRun[] = [];
    for (let index = 0; index < RUNS; index += 1) {
      runs.push(await runLighthouse(`${previewUrl}${route.path}`, cookie, route.name));
    }
    lighthouseRuns.set(route.name, runs);
    const ms = (values: number[]): string => `${Math.round(median(values))} ms`;
    console.log(
      `| ${route.name} | ${median(runs.map((run) => run.performance))} [${runs.map((run) => run.performance).join(', ')}] | ${median(runs.map((run) => run.accessibility))} [${runs.map((run) => run.accessibility).join(', ')}] | ${ms(runs.map((run) => run.fcp))} | ${ms(runs.map((run) => run.lcp))} | ${ms(runs.map((run) => run.tbt))} | ${median(runs.map((run) => run.cls)).toFixed(3)} | ${ms(runs.map((run) => run.si))} |`,
    );
    const failed = [...new Set(runs.flatMap((run) => run.failedAccessibility))];
    if (failed.length > 0) {
      notes.push(`${route.name}: accessibility audits failed: ${failed.join(', ')}`);
    }
    notes.push(
      `${route.name}: Lighthouse's CPU benchmark index per run (a quiet desktop: 1,500–2,500; lower = busier machine, lower scores): ${runs.map((run) => Math.round(run.benchmarkIndex)).join(', ')}`,
    );
  }
  console.log(`\nFull reports (JSON): ${REPORTS}`);
  for (const note of notes) {
    console.log(note);
  }

  console.log(
    `\nMain thread at 1× (no throttling), CPU time from Chrome's counters, median of ${RUNS} fresh loads (runs in brackets)\n`,
  );
  console.log('| route | script | all main-thread tasks | page shown (its h1) |');
  console.log('|---|---|---|---|');
  for (const route of ROUTES) {
    const runs = await measureMainThread(CHROMIUM, `${previewUrl}${route.path}`, cookie, RUNS);
    const column = (values: number[]): string =>
      `${Math.round(median(values))} ms [${values.map((value) => Math.round(value)).join(', ')}]`;
    console.log(
      `| ${route.name} | ${column(runs.map((run) => run.scriptMs))} | ${column(runs.map((run) => run.taskMs))} | ${[...new Set(runs.map((run) => run.heading))].join(' / ')} |`,
    );
  }
} finally {
  await stack.stop();
}

const form = weights.find((weight) => weight.route.startsWith('form'));
const medianOf = (name: string, pick: (run: LighthouseRun) => number): number =>
  median((lighthouseRuns.get(name) ?? []).map(pick));
const everyRoute = (test: (name: string) => boolean): boolean =>
  ROUTES.every((route) => test(route.name));
console.log(`\nAgainst the goals of issue #10 (load average at the end: ${load()})\n`);
console.log('| goal | home | form (妊娠の届出) | verdict |');
console.log('|---|---|---|---|');
console.log(
  `| form route JS ≤ ${kilobytes(GOALS.formGzipBytes)} gzipped | ${kilobytes(weights[0]?.jsGzipBytes ?? Number.NaN)} | ${kilobytes(form?.jsGzipBytes ?? Number.NaN)} | ${verdict((form?.jsGzipBytes ?? Infinity) <= GOALS.formGzipBytes)} |`,
);
const row = (
  goal: string,
  pick: (run: LighthouseRun) => number,
  format: (value: number) => string,
  isMet: (value: number) => boolean,
): void => {
  const [home, formRoute] = ROUTES.map((route) => medianOf(route.name, pick));
  console.log(
    `| ${goal} | ${format(home ?? Number.NaN)} | ${format(formRoute ?? Number.NaN)} | ${verdict(everyRoute((name) => isMet(medianOf(name, pick))))} |`,
  );
};
row(
  `Lighthouse mobile performance ≥ ${GOALS.performance} (median)`,
  (run) => run.performance,
  String,
  (value) => value >= GOALS.performance,
);
row(
  `accessibility ${GOALS.accessibility} (every run)`,
  (run) => run.accessibility,
  String,
  () =>
    [...lighthouseRuns.values()].flat().every((run) => run.accessibility >= GOALS.accessibility),
);
row(
  `layout shift ${GOALS.layoutShift} (median CLS)`,
  (run) => run.cls,
  (value) => value.toFixed(3),
  (value) => value <= GOALS.layoutShift,
);
