import type { Page } from 'playwright-core';

import type { AxeViolationSummary } from './browser.ts';
import { findAccessibilityViolations } from './browser.ts';

/**
 * Waits until the page shows no loading notice of the citizen app (「読み込んでいます」): what a
 * person waits for before reading, so that the scan sees the page's content, not its placeholder.
 * That wait is also the receipt page settling before its PDF link is pressed. The check polls
 * by time, not by animation frame, so a renderer that paints late cannot stall it.
 */
export async function waitUntilLoaded(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('main [role="status"].mdg-loading') === null,
    undefined,
    { polling: 100, timeout: 15_000 },
  );
}

/**
 * Collects the axe-core result of every page a journey visits, so one assertion at the end
 * names every page with a violation (rather than stopping at the first).
 */
export class AccessibilityLog {
  private readonly results: { label: string; url: string; violations: AxeViolationSummary[] }[] =
    [];
  private checkedMs = 0;

  async check(page: Page, label: string): Promise<void> {
    const started = performance.now();
    await page.waitForLoadState('networkidle');
    await waitUntilLoaded(page);
    this.results.push({
      label,
      url: page.url(),
      violations: await findAccessibilityViolations(page),
    });
    this.checkedMs += performance.now() - started;
  }

  /** The time spent in `check` so far (for the journeys' timings). */
  get checkMs(): number {
    return this.checkedMs;
  }

  get visitedLabels(): string[] {
    return this.results.map((result) => result.label);
  }

  get failures(): { label: string; url: string; violations: AxeViolationSummary[] }[] {
    return this.results.filter((result) => result.violations.length > 0);
  }
}
