import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { chromium } from 'playwright-core';

import { loadE2eEnv } from './env.ts';

/** WCAG 2.2 A and AA, as JIS X 8341-3 requires (plus the 2.0/2.1 rules 2.2 builds on). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

export type BrowserSession = { browser: Browser; close(): Promise<void> };

/**
 * Debian's Chromium, headless, with the flags this machine needs (MACHINE.md). Playwright gives
 * every launch a fresh temporary profile (the --user-data-dir MACHINE.md asks for).
 */
export async function launchBrowser(): Promise<BrowserSession> {
  const browser = await chromium.launch({
    executablePath: loadE2eEnv().CHROMIUM_PATH,
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
  return {
    browser,
    close: () => browser.close(),
  };
}

/** A fresh context (own cookies) per person: a resident and a staff member never share one. */
export async function newPersonPage(
  browser: Browser,
  options: { isMobile?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
    ...(options.isMobile
      ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }
      : {}),
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return { context, page };
}

export type AxeViolationSummary = {
  id: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
};

/**
 * Runs axe-core on the page as it is now; returns the violations (the tests expect none).
 *
 * The same rules (WCAG 2.2 A/AA tags) on the same document, run with `axe.run` in the page
 * (legacy mode) rather than `runPartial` + `finishRun`: the default mode opens and closes a blank
 * page in the resident's context for every scan to merge the frames' results, which our pages do
 * not need (no iframes) and which cost most of a scan; the click that follows a scan no longer
 * races a tab opening and closing beside it. Only violations are collected (`resultTypes`): axe
 * still evaluates every rule on every node, it just does not serialise the passes.
 */
export async function findAccessibilityViolations(page: Page): Promise<AxeViolationSummary[]> {
  const results = await new AxeBuilder({ page })
    .options({ resultTypes: ['violations'] })
    .withTags(WCAG_TAGS)
    .setLegacyMode(true)
    .analyze();
  return results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }));
}

/** Saves a screenshot and the visible text under test-results/ (kept out of git). */
export async function captureForDebugging(page: Page, name: string): Promise<void> {
  const directory = fileURLToPath(new URL('../../../../test-results/', import.meta.url));
  mkdirSync(directory, { recursive: true });
  await page.screenshot({ path: `${directory}${name}.png`, fullPage: true }).catch(() => undefined);
  const text = await page
    .locator('body')
    .innerText()
    .catch(() => '');
  writeFileSync(`${directory}${name}.txt`, `${page.url()}\n\n${text}`);
}
