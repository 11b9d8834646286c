import { AXIS_COLOR, SERIES_COLORS, contrastRatio, seriesColor } from './chart-colors.js';

describe('chart colours', () => {
  it.each(SERIES_COLORS.map((color) => [color]))('%s is at least 4.5:1 against white', (color) => {
    // Act
    const ratio = contrastRatio(color, '#ffffff');

    // Assert
    expect(ratio).toBeGreaterThanOrEqual(4.5);
  });

  it('measures the known extremes: black on white is 21:1', () => {
    // Act
    const ratio = contrastRatio('#000000', '#ffffff');

    // Assert
    expect(ratio).toBeCloseTo(21, 5);
    expect(contrastRatio(AXIS_COLOR, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('repeats the palette after eight series', () => {
    // Act
    const ninth = seriesColor(8);

    // Assert
    expect(ninth).toBe(SERIES_COLORS[0]);
  });
});
