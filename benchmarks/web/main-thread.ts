// The main-thread time a page costs the browser, measured at 1× (no CPU or network throttling) in
// Debian's Chromium: Chrome's own counters (CDP Performance.getMetrics) in thread time, i.e. the
// CPU the main thread spent, which a busy machine inflates far less than Lighthouse's wall-clock
// figures ×4. Prints nothing itself; run.ts reports it next to Lighthouse.
import { chromium } from 'playwright-core';

export type MainThreadRun = {
  /** JavaScript: compile, evaluation, and every callback until the page settled. */
  scriptMs: number;
  /** Every main-thread task (script, style, layout, paint). */
  taskMs: number;
  /** The page's first heading once settled: says the page really rendered (not a sign-in). */
  heading: string;
};

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Opens `url` `runs` times, each in a fresh context (empty cache, like Lighthouse), waits until
 * the network is idle and the page has settled, and reads the main thread's counters.
 */
export async function measureMainThread(
  chromiumPath: string,
  url: string,
  cookie: string,
  runs: number,
): Promise<MainThreadRun[]> {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: FLAGS,
  });
  try {
    const [name = '', value = ''] = cookie.split('=');
    const results: MainThreadRun[] = [];
    for (let index = 0; index < runs; index += 1) {
      const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
      // For the whole origin (a cookie set for the page's URL would have its path, not /api).
      await context.addCookies([{ name, value, url: new URL(url).origin }]);
      const page = await context.newPage();
      const session = await context.newCDPSession(page);
      // threadTicks: the main thread's CPU time rather than wall-clock time.
      await session.send('Performance.enable', { timeDomain: 'threadTicks' });
      await page.goto(url, { waitUntil: 'networkidle' });
      await page.waitForTimeout(500);
      const { metrics } = await session.send('Performance.getMetrics');
      const seconds = (metric: string): number =>
        metrics.find((entry) => entry.name === metric)?.value ?? Number.NaN;
      results.push({
        scriptMs: seconds('ScriptDuration') * 1000,
        taskMs: seconds('TaskDuration') * 1000,
        heading: ((await page.locator('main h1').first().textContent()) ?? '').trim(),
      });
      await context.close();
    }
    return results;
  } finally {
    await browser.close();
  }
}
