import { compareBasicFour, normalizeAddress } from './basic-four-comparison.js';

const CARD = {
  name: '山田　花子',
  address: '東京都千代田区九段南一丁目２番１号',
  dateOfBirth: '1994-06-12',
  gender: 'female',
} as const;

describe(compareBasicFour.name, () => {
  it('finds the claimant block and agrees on each item typed the resident way', () => {
    const comparison = compareBasicFour(CARD, {
      claimant: {
        name: { family: '山田', given: '花子' },
        birthDate: '1994-06-12',
        address: {
          postalCode: '1028688',
          prefecture: '東京都',
          city: '千代田区',
          town: '九段南',
          block: '1-2-1',
        },
      },
    });

    expect(comparison.map(({ item, matches }) => [item, matches])).toEqual([
      ['name', true],
      ['dateOfBirth', true],
      ['address', true],
    ]);
  });

  it('flags a different birth date and address', () => {
    const comparison = compareBasicFour(CARD, {
      name: { family: '山田', given: '花子' },
      birthDate: '1994-06-13',
      address: { prefecture: '東京都', city: '千代田区', town: '九段南', block: '1-2-3' },
    });

    expect(comparison.filter((entry) => !entry.matches).map((entry) => entry.item)).toEqual([
      'dateOfBirth',
      'address',
    ]);
  });

  it('compares nothing when the answers name nobody', () => {
    expect(compareBasicFour(CARD, { reason: 'x' })).toEqual([]);
  });
});

describe(normalizeAddress.name, () => {
  it('reads 丁目・番地・の written in kanji and full-width digits', () => {
    expect(normalizeAddress('神奈川県横浜市中区本町六丁目５０番地の１０')).toBe(
      normalizeAddress('神奈川県横浜市中区本町6-50-10'),
    );
    expect(normalizeAddress('神奈川県小田原市荻窪３００番地')).toBe('神奈川県小田原市荻窪300');
  });
});
