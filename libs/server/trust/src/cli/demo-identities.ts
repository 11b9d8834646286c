import type { DemoMunicipality, DemoResident } from '../demo-pki.js';

/**
 * The demo residents of seeds/demo/accounts.json with fictional 基本4情報 for their demo cards.
 * No real person; addresses are the municipal offices' own. Hanako also gets a revoked and an
 * expired card, for trying the refusals by hand.
 */
export const DEMO_RESIDENTS: readonly DemoResident[] = [
  {
    residentId: 'resident-yamada-hanako',
    basicFour: {
      name: '山田　花子',
      address: '東京都千代田区九段南一丁目２番１号',
      dateOfBirth: '1994-06-12',
      gender: 'female',
    },
    cards: ['valid', 'revoked', 'expired'],
  },
  {
    residentId: 'resident-suzuki-ichiro',
    basicFour: {
      name: '鈴木　一郎',
      address: '神奈川県小田原市荻窪３００番地',
      dateOfBirth: '1961-12-23',
      gender: 'male',
    },
  },
  {
    residentId: 'resident-watanabe-sakura',
    basicFour: {
      name: '渡辺　さくら',
      address: '神奈川県横浜市中区本町六丁目５０番地の１０',
      dateOfBirth: '1992-03-30',
      gender: 'female',
    },
  },
  {
    residentId: 'resident-nakamura-ren',
    basicFour: {
      name: '中村　蓮',
      address: '東京都千代田区九段南一丁目２番１号',
      dateOfBirth: '2001-08-08',
      gender: 'male',
    },
  },
];

/** The municipalities of seeds/municipalities. */
export const DEMO_MUNICIPALITIES: readonly DemoMunicipality[] = [
  { code: '131016', nameJa: '千代田区' },
  { code: '141003', nameJa: '横浜市' },
  { code: '142069', nameJa: '小田原市' },
];
