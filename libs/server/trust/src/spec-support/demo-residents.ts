import type { DemoMunicipality, DemoResident } from '../demo-pki.js';

export const HANAKO: DemoResident = {
  residentId: 'resident-yamada-hanako',
  basicFour: {
    name: '山田　花子',
    address: '東京都千代田区千代田一丁目１番１号',
    dateOfBirth: '1990-04-01',
    gender: 'female',
  },
  cards: ['valid', 'revoked', 'expired'],
};

export const MUNICIPALITIES: readonly DemoMunicipality[] = [{ code: '131016', nameJa: '千代田区' }];
