/**
 * Series colours of the dashboard's charts: each at least 4.5:1 against the white background
 * (WCAG 1.4.11 asks 3:1 of graphics; 4.5:1 also lets the legend's coloured text pass 1.4.3),
 * in an order where neighbours differ in hue and lightness (told apart with colour-blindness
 * too; every number is also in the chart's table).
 */
export const SERIES_COLORS = [
  '#1d4ed8',
  '#b45309',
  '#047857',
  '#7e22ce',
  '#be123c',
  '#0e7490',
  '#4d7c0f',
  '#374151',
] as const;

/** The colour of the n-th series (the palette repeats after eight). */
export function seriesColor(index: number): string {
  return SERIES_COLORS[index % SERIES_COLORS.length] ?? SERIES_COLORS[0];
}

/** The axes, grid and labels. */
export const AXIS_COLOR = '#374151';
export const GRID_COLOR = '#d1d5db';

function channel(value: number): number {
  const scaled = value / 255;
  return scaled <= 0.03928 ? scaled / 12.92 : ((scaled + 0.055) / 1.055) ** 2.4;
}

function luminance(hex: string): number {
  const [red, green, blue] = [1, 3, 5].map((start) =>
    channel(Number.parseInt(hex.slice(start, start + 2), 16)),
  );
  return 0.2126 * (red ?? 0) + 0.7152 * (green ?? 0) + 0.0722 * (blue ?? 0);
}

/** The WCAG contrast ratio of two `#rrggbb` colours. */
export function contrastRatio(first: string, second: string): number {
  const [lighter, darker] = [luminance(first), luminance(second)].sort((a, b) => b - a);
  return ((lighter ?? 0) + 0.05) / ((darker ?? 0) + 0.05);
}
