import { pickText } from './localized-text.js';

describe(pickText.name, () => {
  it('falls back to Japanese when a text has no easy-Japanese version', () => {
    expect(pickText({ ja: '受付', en: 'Received' }, 'easyJa')).toBe('受付');
  });

  it('returns the easy-Japanese text when there is one', () => {
    expect(pickText({ ja: '受付', en: 'Received', easyJa: 'うけつけ' }, 'easyJa')).toBe('うけつけ');
  });
});
