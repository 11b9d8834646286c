import { expectedPngDataBytes } from './png-validator.js';

describe(expectedPngDataBytes.name, () => {
  it('counts one filter byte and the packed pixels per row', () => {
    expect(expectedPngDataBytes(4, 3, 24, false)).toBe(3 * (1 + 12));
    expect(expectedPngDataBytes(10, 2, 1, false)).toBe(2 * (1 + 2));
  });

  it('sums the seven Adam7 passes of an interlaced image, skipping empty passes', () => {
    expect(expectedPngDataBytes(1, 1, 24, true)).toBe(4);
    expect(expectedPngDataBytes(8, 8, 24, true)).toBe(4 + 4 + 7 + 14 + 26 + 52 + 100);
  });
});
