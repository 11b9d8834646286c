import { stylesheet as designTokens } from '@digital-go-jp/design-tokens/dist/tokens.css';

import { stylesheet } from './styles.css';

const TOKENS_IMPORT = "@import '@digital-go-jp/design-tokens/dist/tokens.css';";

/** The custom properties a stylesheet declares, by name, with their raw values. */
function readDeclarations(css: string): Map<string, string> {
  const declarations = new Map<string, string>();
  for (const match of css.matchAll(/--([a-z0-9-]+):\s*([^;]+);/gi)) {
    const [, name, value] = match;
    if (name && value) {
      declarations.set(name, value.trim());
    }
  }
  return declarations;
}

/** Follows `var(--x)` through the design tokens and styles.css to the colour the browser draws. */
function resolveColour(declarations: Map<string, string>, name: string): string | undefined {
  let value = declarations.get(name);
  for (let depth = 0; value !== undefined && depth < 10; depth += 1) {
    const reference = /^var\(--([a-z0-9-]+)\)$/i.exec(value);
    if (!reference?.[1]) {
      break;
    }
    value = declarations.get(reference[1]);
  }
  return value !== undefined && /^#[0-9a-f]{6}$/i.test(value) ? value : undefined;
}

function relativeLuminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) =>
    c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrastRatio(foreground: string, background: string): number {
  const [light, dark] = [relativeLuminance(foreground), relativeLuminance(background)].sort(
    (a, b) => b - a,
  );
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

/** Every text colour and the backgrounds it is drawn on in styles.css. */
const TEXT_PAIRS: [foreground: string, background: string][] = [
  ['mdg-color-text', 'mdg-color-background'],
  ['mdg-color-text', 'mdg-color-surface'],
  ['mdg-color-text', 'mdg-color-info-background'],
  ['mdg-color-text', 'mdg-color-success-background'],
  ['mdg-color-text', 'mdg-color-warning-background'],
  ['mdg-color-text', 'mdg-color-error-background'],
  ['mdg-color-text', 'mdg-color-focus-halo'],
  ['mdg-color-text-secondary', 'mdg-color-background'],
  ['mdg-color-text-secondary', 'mdg-color-surface'],
  ['mdg-color-link', 'mdg-color-background'],
  ['mdg-color-link', 'mdg-color-surface'],
  ['mdg-color-link', 'mdg-color-info-background'],
  ['mdg-color-link-visited', 'mdg-color-background'],
  ['mdg-color-primary', 'mdg-color-background'],
  ['mdg-color-primary', 'mdg-color-info-background'],
  ['mdg-color-on-primary', 'mdg-color-primary'],
  ['mdg-color-on-primary', 'mdg-color-primary-hover'],
  ['mdg-color-on-primary', 'mdg-color-error'],
  ['mdg-color-on-primary', 'mdg-color-success'],
  ['mdg-color-error', 'mdg-color-background'],
  ['mdg-color-error', 'mdg-color-error-background'],
  ['mdg-color-success', 'mdg-color-success-background'],
  ['mdg-color-warning', 'mdg-color-warning-background'],
];

describe('styles.css colours', () => {
  const declarations = new Map([
    ...readDeclarations(designTokens),
    ...readDeclarations(stylesheet),
  ]);
  const own = readDeclarations(stylesheet);

  it.each(TEXT_PAIRS)(
    'draws %s on %s with a contrast of at least 4.5:1',
    (foreground, background) => {
      // Arrange
      const fg = resolveColour(declarations, foreground);
      const bg = resolveColour(declarations, background);

      // Act
      const ratio = contrastRatio(fg ?? '', bg ?? '');

      // Assert
      expect(fg).toBeDefined();
      expect(bg).toBeDefined();
      expect(ratio).toBeGreaterThanOrEqual(4.5);
    },
  );

  it('draws borders of inputs and the focus ring with at least 3:1 against the page (non-text contrast)', () => {
    const page = resolveColour(declarations, 'mdg-color-background') ?? '';

    expect(
      contrastRatio(resolveColour(declarations, 'mdg-color-border') ?? '', page),
    ).toBeGreaterThanOrEqual(3);
    expect(
      contrastRatio(resolveColour(declarations, 'mdg-color-focus') ?? '', page),
    ).toBeGreaterThanOrEqual(3);
  });

  it('draws an upload’s progress bar with 3:1 for its border against the page and its filled part against the track', () => {
    const page = resolveColour(declarations, 'mdg-color-background') ?? '';
    const track = resolveColour(declarations, 'mdg-color-surface') ?? '';

    expect(stylesheet).toMatch(
      /\.mdg-progress-bar \{[^}]*border: 1px solid var\(--mdg-color-border\);[^}]*background: var\(--mdg-color-surface\);/,
    );
    expect(stylesheet).toMatch(
      /\.mdg-progress-bar::-webkit-progress-value \{\s*background: var\(--mdg-color-primary\);/,
    );
    expect(
      contrastRatio(resolveColour(declarations, 'mdg-color-border') ?? '', page),
    ).toBeGreaterThanOrEqual(3);
    expect(
      contrastRatio(resolveColour(declarations, 'mdg-color-primary') ?? '', track),
    ).toBeGreaterThanOrEqual(3);
  });

  it('takes every colour from the design tokens, none hand-set', () => {
    const colours = [...own].filter(([name]) => name.startsWith('mdg-color-'));

    expect(colours.length).toBeGreaterThanOrEqual(20);
    for (const [name, value] of colours) {
      expect([name, value]).toEqual([name, expect.stringMatching(/^var\(--color-[a-z0-9-]+\)$/)]);
      expect([name, resolveColour(declarations, name)]).toEqual([name, expect.any(String)]);
    }
  });

  it('starts the font stack with the design tokens’ family and adds Japanese system fonts before the generic one', () => {
    const tokenFamilies = (declarations.get('font-family-sans') ?? '')
      .split(',')
      .map((family) => family.trim());
    const families = (own.get('mdg-font-family') ?? '').split(',').map((family) => family.trim());

    expect(families.slice(0, tokenFamilies.length - 1)).toEqual(tokenFamilies.slice(0, -1));
    expect(families).toEqual(
      expect.arrayContaining(["'Hiragino Sans'", "'BIZ UDPGothic'", "'Meiryo'"]),
    );
    expect(families.at(-1)).toBe('sans-serif');
  });

  it('loads no font, icon or script from another origin: the only import is the token file, inlined at build', () => {
    expect(stylesheet).not.toMatch(/url\(/);
    expect(designTokens).not.toMatch(/url\(|@import/);
    expect([...stylesheet.matchAll(/@import[^;]*;/g)].map(([statement]) => statement)).toEqual([
      TOKENS_IMPORT,
    ]);
  });
});
