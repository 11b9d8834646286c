import axe from 'axe-core';

/** The WCAG 2.2 A/AA rule tags every page and component must pass. */
export const WCAG_22_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

/**
 * Runs axe-core on a rendered tree (jsdom) and returns its WCAG 2.2 A/AA violations as readable
 * lines (`rule: help (selector)`), so `expect(await findAxeViolations(container)).toEqual([])`
 * prints what is wrong. Colour contrast needs a real layout engine: jsdom has none, so that
 * rule runs in the Playwright tests, and the palette is checked by the ui-kit contrast spec.
 */
export async function findAxeViolations(element: Element): Promise<string[]> {
  const results = await axe.run(element, {
    runOnly: { type: 'tag', values: [...WCAG_22_AA_TAGS] },
    rules: { 'color-contrast': { enabled: false } },
  });
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${violation.help} (${node.target.join(' ')})`),
  );
}
