import { parseJapaneseDate } from './japanese-date.js';

describe(parseJapaneseDate.name, () => {
  it.each([
    ['2024-04-01', '2024-04-01'],
    ['2024/4/1', '2024-04-01'],
    ['2024.4.1', '2024-04-01'],
    ['2024年4月1日', '2024-04-01'],
    ['２０２４－０４－０１', '2024-04-01'],
    ['令和6年4月1日', '2024-04-01'],
    ['令和６年４月１日', '2024-04-01'],
    ['R6.4.1', '2024-04-01'],
    ['r6/4/1', '2024-04-01'],
    ['令和元年5月1日', '2019-05-01'],
    ['令和1年5月1日', '2019-05-01'],
    ['平成31年4月30日', '2019-04-30'],
    ['H31.4.30', '2019-04-30'],
    ['平成元年1月8日', '1989-01-08'],
    ['昭和64年1月7日', '1989-01-07'],
    ['S50.12.31', '1975-12-31'],
    ['大正15年12月24日', '1926-12-24'],
    ['㍻2年2月2日', '1990-02-02'],
    ['㋿6年1月1日', '2024-01-01'],
    ['2024-02-29', '2024-02-29'],
  ])('reads %s as %s', (input, expected) => {
    expect(parseJapaneseDate(input)).toEqual({ ok: true, iso: expected });
  });

  it.each([
    ['2023-02-29', 'invalid_date'],
    ['2024-13-01', 'invalid_date'],
    ['2024-04-31', 'invalid_date'],
    ['令和6年2月30日', 'invalid_date'],
    ['tomorrow', 'invalid_date'],
    ['X6.4.1', 'invalid_date'],
    ['令和1年4月30日', 'invalid_era_date'],
    ['平成31年5月1日', 'invalid_era_date'],
    ['平成0年1月1日', 'invalid_era_date'],
    ['昭和64年1月8日', 'invalid_era_date'],
    ['平成元年1月7日', 'invalid_era_date'],
  ])('rejects %s with %s', (input, reason) => {
    expect(parseJapaneseDate(input)).toEqual({ ok: false, reason });
  });
});
