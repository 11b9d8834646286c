import type { Page } from 'playwright-core';

import { AccessibilityLog } from './accessibility-log.ts';
import type { BrowserSession } from './browser.ts';
import { captureForDebugging, launchBrowser, newPersonPage } from './browser.ts';
import type { StackState } from './stack-state.ts';
import { readStackState } from './stack-state.ts';

/** What a journey's steps share: the stack, the accessibility log and a page per person. */
export type Journey = {
  readonly a11y: AccessibilityLog;
  /** The URLs and stores global setup started. */
  stack(): StackState;
  /** A page of a new person (own cookies), screenshotted after every test as `<name>-<person>`. */
  openPersonPage(person: string, options?: { isMobile?: boolean }): Promise<Page>;
};

/**
 * Sets up a journey inside its `describe`: one Chromium for the file (closed after it), and after
 * each test a screenshot of every person's page, so a failure shows where each one stood.
 */
export function useJourney(name: string): Journey {
  let session: BrowserSession | undefined;
  const pagesToCapture: [string, Page][] = [];

  beforeAll(async () => {
    session = await launchBrowser();
  });

  afterEach(async () => {
    for (const [person, page] of pagesToCapture) {
      await captureForDebugging(page, `${name}-${person}`);
    }
  });

  afterAll(async () => {
    await session?.close();
  });

  return {
    a11y: new AccessibilityLog(),
    stack: readStackState,
    async openPersonPage(person, options) {
      if (session === undefined) {
        throw new Error(`journey ${name}: a page was asked for before the browser started`);
      }
      const { page } = await newPersonPage(session.browser, options);
      pagesToCapture.push([person, page]);
      return page;
    },
  };
}
