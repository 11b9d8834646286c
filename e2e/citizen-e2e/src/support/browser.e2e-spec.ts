import type { BrowserContext } from 'playwright-core';

import type { BrowserSession } from './browser.ts';
import { findAccessibilityViolations, launchBrowser } from './browser.ts';

/** The scan every journey relies on still finds what WCAG 2.2 A/AA forbids (it is run in the page). */
describe(findAccessibilityViolations.name, () => {
  let session: BrowserSession | undefined;
  let context: BrowserContext | undefined;

  beforeAll(async () => {
    session = await launchBrowser();
    context = await session.browser.newContext();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('reports an image with no text, a faint text, an unlabelled box and an empty link, and nothing on a clean page', async () => {
    // Arrange
    const page = await context!.newPage();
    await page.setContent(
      '<html lang="ja"><title>試験</title><main><h1>申請</h1><img src="proof.png">' +
        '<p style="color:#aaaaaa;background:#ffffff">薄い文字</p><input type="text"><a href="/x"></a></main></html>',
    );

    // Act
    const violations = await findAccessibilityViolations(page);
    await page.setContent(
      '<html lang="ja"><title>試験</title><main><h1>申請</h1><label for="n">氏名</label><input id="n"></main></html>',
    );
    const clean = await findAccessibilityViolations(page);

    // Assert
    expect(violations.map((violation) => violation.id).sort()).toEqual([
      'color-contrast',
      'image-alt',
      'label',
      'link-name',
    ]);
    expect(clean).toEqual([]);
  });
});
