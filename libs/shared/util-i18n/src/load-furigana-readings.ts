import type { FuriganaReadings } from './furigana.js';

/**
 * The generated readings table as a chunk of its own (≈ 3 KB gzipped), for a browser that shows
 * やさしい日本語: the other languages never load it. Servers import `FURIGANA_READINGS` directly.
 */
export async function loadFuriganaReadings(): Promise<FuriganaReadings> {
  return (await import('./furigana-readings.generated.js')).FURIGANA_READINGS;
}
