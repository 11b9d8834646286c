import { stylesheet } from './styles.css';

function readVariables(css: string): Map<string, string> {
  const variables = new Map<string, string>();
  for (const match of css.matchAll(/--(mdg-color-[a-z-]+):\s*(#[0-9a-f]{6})/gi)) {
    const [, name, value] = match;
    if (name && value) {
      variables.set(name, value);
    }
  }
  return variables;
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
  ['mdg-color-link-visited', 'mdg-color-background'],
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
  const variables = readVariables(stylesheet);

  it.each(TEXT_PAIRS)(
    'draws %s on %s with a contrast of at least 4.5:1',
    (foreground, background) => {
      // Arrange
      const fg = variables.get(foreground);
      const bg = variables.get(background);

      // Act
      const ratio = contrastRatio(fg ?? '', bg ?? '');

      // Assert
      expect(fg).toBeDefined();
      expect(bg).toBeDefined();
      expect(ratio).toBeGreaterThanOrEqual(4.5);
    },
  );

  it('draws borders of inputs with at least 3:1 against the page (non-text contrast)', () => {
    expect(
      contrastRatio(
        variables.get('mdg-color-border') ?? '',
        variables.get('mdg-color-background') ?? '',
      ),
    ).toBeGreaterThanOrEqual(3);
  });

  it('loads no font, icon or script from another origin', () => {
    expect(stylesheet).not.toMatch(/url\(|@import/);
  });
});
