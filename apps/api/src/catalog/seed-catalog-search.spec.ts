import { readFileSync } from 'node:fs';

import { parseFormDefinition } from '@madoguchi/forms-schema';

import { lifeEventsFileSchema, procedureSearchColumns } from './seed-catalog-search.js';
import { toSearchTerms } from './search-text.js';

const SEEDS = new URL('../../../../seeds/', import.meta.url);

function readSeed(path: string): unknown {
  return JSON.parse(readFileSync(new URL(path, SEEDS), 'utf8'));
}

describe('seeds/catalog/life-events.json', () => {
  it('parses, with the five life events covering every form-level life event', () => {
    // Act
    const file = lifeEventsFileSchema.parse(readSeed('catalog/life-events.json'));

    // Assert
    expect(file.lifeEvents.map((lifeEvent) => lifeEvent.id)).toEqual([
      'pregnancyAndChildbirth',
      'childRaising',
      'care',
      'moving',
      'disaster',
    ]);
    expect(new Set(file.lifeEvents.flatMap((lifeEvent) => lifeEvent.tags))).toEqual(
      new Set(['pregnancy', 'childbirth', 'childRaising', 'care', 'moving', 'disaster']),
    );
  });
});

describe(procedureSearchColumns.name, () => {
  it('makes 児童手当 認定請求 findable in kanji, kana and English, with its title apart', () => {
    // Arrange
    const definition = parseFormDefinition(readSeed('forms/child-allowance-certification/v1.json'));

    // Act
    const columns = procedureSearchColumns(definition);

    // Assert
    for (const query of ['じどうてあて', 'ジドウテアテ', '手当', '児童手当', 'child allowance']) {
      expect(toSearchTerms(query).every((term) => columns.searchText.includes(term))).toBe(true);
    }
    expect(columns.searchTitle).toContain('児童手当の認定請求');
    expect(columns.searchTitle).not.toContain('じどうてあて\n');
    expect(columns.lifeEvents).toEqual(['childbirth', 'childRaising', 'moving']);
  });
});
