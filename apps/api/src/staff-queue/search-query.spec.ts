import { parseQueueSearch, toReceiptNumber } from './search-query.js';

describe(parseQueueSearch.name, () => {
  it.each([
    ['K7QF-3XMA', 'K7QF3XMA'],
    ['k7qf3xma', 'K7QF3XMA'],
    ['ｋ７ｑｆ－３ｘｍａ', 'K7QF3XMA'],
    ['K7QF ー 3XMA', 'K7QF3XMA'],
    ['k7qf', 'K7QF'],
  ])('reads %s as the receipt number %s', (typed, expected) => {
    // Act
    const search = parseQueueSearch(typed);

    // Assert
    expect(search?.receiptPrefix).toBe(expected);
  });

  it.each([
    ['k7qf3xma', 'K7QF-3XMA'],
    ['ｋ７ｑｆ－３ｘｍａ', 'K7QF-3XMA'],
    ['k7qf', null],
    ['K7QF3XM', null],
  ])('reads %s as the whole receipt number %s', (typed, expected) => {
    // Act
    const search = parseQueueSearch(typed);

    // Assert
    expect(search?.receiptNumber).toBe(expected);
  });

  it('writes the start of a receipt number with its hyphen', () => {
    // Act
    const stored = [toReceiptNumber('K7QF'), toReceiptNumber('K7QF3X')];

    // Assert
    expect(stored).toEqual(['K7QF', 'K7QF-3X']);
  });

  it.each([
    ['おだわら', 'オダワラ'],
    ['ｵﾀﾞﾜﾗ ﾊﾅｺ', 'オダワラハナコ'],
    ['オダワラ　ハナコ', 'オダワラハナコ'],
    ['小田原 花子', '小田原花子'],
  ])('folds the name %s to the katakana %s', (typed, kana) => {
    // Act
    const search = parseQueueSearch(typed);

    // Assert
    expect(search?.kana).toBe(kana);
    expect(search?.receiptPrefix).toBeNull();
    expect(search?.receiptNumber).toBeNull();
  });

  it('keeps the kanji name without its spaces', () => {
    // Act
    const search = parseQueueSearch('小田原　花子');

    // Assert
    expect(search?.name).toBe('小田原花子');
  });

  it('ignores an empty search', () => {
    // Act
    const search = parseQueueSearch('  　 ');

    // Assert
    expect(search).toBeNull();
  });
});
