import { readFileSync } from 'node:fs';
import { collectFromJson, collectFromSource } from './collect-easy-ja-texts.ts';
import { generateReadings, READINGS_FILE, renderReadingsModule } from './generate-readings.ts';

describe('collectFromSource', () => {
  it('takes easyJa properties, EASY variables with what they spread, and easyJa parameters', () => {
    const code = `
      const JA = { yes: 'はい' };
      const EASY_JA = { ...JA, next: '次へ', count: (n) => \`\${n}個を選ぶ\` };
      const text = { ja: '受付', en: 'Received', easyJa: '受け付け' };
      const EN = { next: 'Next' };
      function message(jaText, enText, easyJaText) { return jaText; }
      message('確認', 'Check', '見てください');
    `;

    expect(collectFromSource('x.ts', code).sort()).toEqual(
      ['はい', '次へ', '個を選ぶ', '受け付け', '見てください'].sort(),
    );
  });
});

describe('collectFromJson', () => {
  it('takes easyJa texts, and the Japanese of a text without one', () => {
    expect(
      collectFromJson({
        label: { ja: '性別', en: 'Sex', easyJa: '男か女か' },
        name: { ja: '千代田区', en: 'Chiyoda' },
      }),
    ).toEqual(['男か女か', '千代田区']);
  });
});

/** The committed table, read back from its source (`key: 'reading',` per line). */
function readCommittedTable(): Map<string, string> {
  const source = readFileSync(READINGS_FILE, 'utf8');
  const entries = [...source.matchAll(/^\s+'?([^':\s]+)'?: '([^']+)',$/gmu)];
  return new Map(entries.map((entry) => [entry[1] ?? '', entry[2] ?? '']));
}

describe('the readings table', () => {
  it('reads every word of the やさしい日本語 texts (else run `npx nx run tools:furigana`)', async () => {
    const committed = readCommittedTable();
    const generated = await generateReadings();

    const missing = Object.entries(generated)
      .filter(([word, reading]) => committed.get(word) !== reading)
      .map(([word, reading]) => `${word}: ${reading}`);
    expect(missing).toEqual([]);
  });

  it('is written as the generator writes it', async () => {
    const committed = readCommittedTable();
    const code = await renderReadingsModule(Object.fromEntries(committed));

    expect(readFileSync(READINGS_FILE, 'utf8')).toBe(code);
  });
});
