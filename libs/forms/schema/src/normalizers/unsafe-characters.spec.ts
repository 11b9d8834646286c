import { findUnsafeCharacter, findUnsafeStrings } from './unsafe-characters.js';

describe(findUnsafeCharacter.name, () => {
  it.each([
    ['NUL', 'abc\u0000', 'U+0000'],
    ['BEL', '\u0007', 'U+0007'],
    ['ESC', 'x\u001b[31m', 'U+001B'],
    ['DEL', '\u007f', 'U+007F'],
    ['a C1 control (NEL)', '\u0085', 'U+0085'],
    ['RIGHT-TO-LEFT OVERRIDE', '山田\u202e花子', 'U+202E'],
    ['LEFT-TO-RIGHT EMBEDDING', '\u202a', 'U+202A'],
    ['FIRST STRONG ISOLATE', '\u2068', 'U+2068'],
    ['POP DIRECTIONAL ISOLATE', '\u2069', 'U+2069'],
    ['LEFT-TO-RIGHT MARK', '\u200e', 'U+200E'],
    ['RIGHT-TO-LEFT MARK', '\u200f', 'U+200F'],
    ['ARABIC LETTER MARK', '\u061c', 'U+061C'],
    ['LINE SEPARATOR', '\u2028', 'U+2028'],
    ['a lone high surrogate', 'a\ud800', 'U+D800'],
    ['a lone low surrogate', '\udc00b', 'U+DC00'],
  ])('refuses %s', (_name, text, expected) => {
    // Act
    const found = findUnsafeCharacter(text, { allowLineBreaks: true });

    // Assert
    expect(found).toBe(expected);
  });

  it.each([
    ['Japanese text', '山田　花子（ヤマダ ハナコ）〒102-0072'],
    ['an emoji (a surrogate pair) and ZWJ sequence', '👨‍👩‍👧 🎉'],
    ['accented Latin and Arabic letters', 'José Müller محمد'],
    ['half-width katakana', 'ﾔﾏﾀﾞ'],
  ])('accepts %s', (_name, text) => {
    expect(findUnsafeCharacter(text, { allowLineBreaks: false })).toBeNull();
  });

  it.each([
    ['TAB', '\t', 'U+0009'],
    ['LF', 'a\nb', 'U+000A'],
    ['CR', 'a\rb', 'U+000D'],
  ])('allows %s only where a value may have several lines', (_name, text, expected) => {
    expect(findUnsafeCharacter(text, { allowLineBreaks: true })).toBeNull();
    expect(findUnsafeCharacter(text, { allowLineBreaks: false })).toBe(expected);
  });
});

describe(findUnsafeStrings.name, () => {
  it('names the path of every unsafe string and key, keys escaped', () => {
    // Arrange
    const value = {
      name: 'ok',
      children: [{ name: 'a\u0000' }, { name: 'b' }],
      ['k\u202e']: 'x',
      note: 'l1\nl2',
    };

    // Act
    const found = findUnsafeStrings(value, 'body', { allowLineBreaks: true });

    // Assert
    expect(found).toEqual(['body.children[0].name', 'body.k\\u{202E}']);
  });

  it('refuses line breaks where they are not allowed', () => {
    expect(findUnsafeStrings({ q: 'a\nb' }, 'query', { allowLineBreaks: false })).toEqual([
      'query.q',
    ]);
  });
});
