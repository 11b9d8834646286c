// A look at the production build: screenshots of the home and form routes on a phone (390×844)
// and a PC (1280×800), and every layout shift with the elements that moved. Prints the figures and
// where the pictures are; not a test. Run from the repository root with Node 24:
//   node benchmarks/web/look.ts          (builds apps/citizen first; --no-build uses the last build)
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { chromium } from 'playwright-core';

import { buildCitizenApp, startPreviewStack } from './preview-stack.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const OUT = join(tmpdir(), 'madoguchi-look');
const PAGES = [
  { name: 'home', path: '/' },
  { name: 'form', path: '/municipalities/131016/procedures/pregnancy-notification/apply' },
] as const;
const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844, isMobile: true },
  { name: 'pc', width: 1280, height: 800, isMobile: false },
] as const;

type Shift = { value: number; time: number; sources: string[] };

/** Runs in the page before its scripts (browser JavaScript, so kept as text): every layout shift and what moved. */
const RECORD_LAYOUT_SHIFTS = `
  globalThis.__shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      globalThis.__shifts.push({
        value: entry.value,
        time: Math.round(entry.startTime),
        sources: entry.sources.map((source) => {
          const element = source.node instanceof Element ? source.node : source.node?.parentElement;
          if (!element) return '?';
          const classes = element.className ? '.' + String(element.className).split(' ').join('.') : '';
          return element.tagName.toLowerCase() + classes + ' “' + (element.textContent ?? '').trim().slice(0, 30) + '”';
        }),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
`;

mkdirSync(OUT, { recursive: true });
if (!process.argv.includes('--no-build')) {
  await buildCitizenApp();
}
const stack = await startPreviewStack();
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: [
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
  const [name, value] = stack.residentCookie.split('=') as [string, string];
  for (const viewport of VIEWPORTS) {
    for (const page of PAGES) {
      const context = await browser.newContext({
        viewport: { width: viewport.width, height: viewport.height },
        isMobile: viewport.isMobile,
        hasTouch: viewport.isMobile,
        locale: 'ja-JP',
        timezoneId: 'Asia/Tokyo',
      });
      await context.addCookies([{ name, value, url: stack.previewUrl }]);
      await context.addInitScript({ content: RECORD_LAYOUT_SHIFTS });
      const tab = await context.newPage();
      await tab.goto(`${stack.previewUrl}${page.path}`, { waitUntil: 'networkidle' });
      await tab.waitForTimeout(1000);
      const file = join(OUT, `${page.name}-${viewport.name}.png`);
      await tab.screenshot({ path: file, fullPage: viewport.isMobile === false });
      const shifts = await tab.evaluate(
        () => (globalThis as unknown as { __shifts: Shift[] }).__shifts,
      );
      const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
      console.log(
        `${page.name} ${viewport.width}×${viewport.height}: ${file}; layout shift ${total.toFixed(3)}`,
      );
      for (const shift of shifts) {
        console.log(
          `  ${shift.value.toFixed(3)} at ${shift.time} ms: ${shift.sources.join(' | ')}`,
        );
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await stack.stop();
}
