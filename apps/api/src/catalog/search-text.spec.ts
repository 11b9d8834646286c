import {
  normalizeSearchText,
  toContainsPattern,
  toSearchIndex,
  toSearchTerms,
} from './search-text.js';

describe(normalizeSearchText.name, () => {
  it.each([
    ['ジドウテアテ', 'じどうてあて'],
    ['ｼﾞﾄﾞｳﾃｱﾃ', 'じどうてあて'],
    ['じどうてあて', 'じどうてあて'],
    ['Child Allowance', 'child allowance'],
    ['ＣＨＩＬＤ　ａｌｌｏｗａｎｃｅ', 'child allowance'],
    ['サービス', 'さーびす'],
    ['児童手当', '児童手当'],
    ['jidou teate', 'jidou teate'],
  ])('normalises %s to %s', (input, expected) => {
    // Act
    const normalized = normalizeSearchText(input);

    // Assert
    expect(normalized).toBe(expected);
  });
});

describe(toSearchTerms.name, () => {
  it('splits on spaces (also full-width), drops punctuation and duplicates', () => {
    // Act
    const terms = toSearchTerms(' 児童手当　申請 教育・保育 児童手当 ');

    // Assert
    expect(terms).toEqual(['児童手当', '申請', '教育保育']);
  });

  it('returns no terms for a query of punctuation only', () => {
    expect(toSearchTerms('% _ ・')).toEqual([]);
  });

  it('keeps at most 8 terms', () => {
    expect(toSearchTerms('a b c d e f g h i j')).toHaveLength(8);
  });
});

describe(toSearchIndex.name, () => {
  it('indexes each text normalised and compacted on its own line', () => {
    // Act
    const index = toSearchIndex([
      '児童手当の認定請求',
      'じどう てあて の にんてい',
      'Child allowance: claim',
      '',
    ]);

    // Assert
    expect(index).toBe('児童手当の認定請求\nじどうてあてのにんてい\nchildallowanceclaim');
  });

  it('lets every term of a matching query be a substring of the index', () => {
    // Arrange
    const index = toSearchIndex([
      '教育・保育給付認定（支給認定）の申請',
      'Childcare benefit certification',
    ]);

    // Act
    const terms = [...toSearchTerms('教育保育 しきゅう'), ...toSearchTerms('ＢＥＮＥＦＩＴ')];

    // Assert
    expect(terms.filter((term) => index.includes(term))).toEqual(['教育保育', 'benefit']);
  });
});

describe(toContainsPattern.name, () => {
  it('escapes the ILIKE wildcards and the escape character', () => {
    expect(toContainsPattern('a%b_c\\d')).toBe('%a\\%b\\_c\\\\d%');
  });
});
