import type { Page } from 'playwright-core';

import type { AxeViolationSummary } from './browser.ts';
import { findAccessibilityViolations } from './browser.ts';

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
