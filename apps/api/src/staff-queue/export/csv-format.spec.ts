import { toCsvCell, toCsvLine } from './csv-format.js';

describe(toCsvCell.name, () => {
  it.each([
    ['=HYPERLINK("http://example.invalid")', `"'=HYPERLINK(""http://example.invalid"")"`],
    ['+81 3 1234', "'+81 3 1234"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1+1', "'\t=1+1"],
    ['\tplain after a tab', "'\tplain after a tab"],
    ['\r=1+1', `"'\r=1+1"`],
    ['＝HYPERLINK("http://example.invalid")', `"'＝HYPERLINK(""http://example.invalid"")"`],
    ['＋81 3 1234', "'＋81 3 1234"],
    ['－2＋3', "'－2＋3"],
    ['＠SUM(A1)', "'＠SUM(A1)"],
    ['a=1', 'a=1'],
    ['小田原 花子', '小田原 花子'],
    ['a,b', '"a,b"'],
    ['line\nbreak', '"line\nbreak"'],
    ['', ''],
  ])('writes %j as %j', (value, expected) => {
    // Act
    const cell = toCsvCell(value);

    // Assert
    expect(cell).toBe(expected);
  });
});

describe(toCsvLine.name, () => {
  it('joins the cells with commas and ends with CRLF', () => {
    // Act
    const line = toCsvLine(['受付番号', 'K7QF-3XMA', '=1']);

    // Assert
    expect(line).toBe("受付番号,K7QF-3XMA,'=1\r\n");
  });
});
