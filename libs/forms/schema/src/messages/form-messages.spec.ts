import { FIELD_ERROR_CODES } from './field-error-code.js';
import { formatFieldMessage, formMessages } from './form-messages.js';

const LABEL = { ja: '生年月日', en: 'Date of birth', easyJa: 'うまれた ひ' };

describe('formMessages', () => {
  it('has exactly one entry per error code', () => {
    expect(Object.keys(formMessages).sort()).toEqual([...FIELD_ERROR_CODES].sort());
  });

  it.each(FIELD_ERROR_CODES)('has a Japanese, English and easy-Japanese message for %s', (code) => {
    const message = formatFieldMessage(code, { label: LABEL, min: 1, max: 10 });

    for (const text of [message.ja, message.en, message.easyJa]) {
      expect(text.length).toBeGreaterThan(5);
      expect(text).not.toMatch(/undefined|\{|\}/);
    }
    expect(message.en).not.toMatch(/[ぁ-んァ-ン]/);
  });

  it('writes the label into the sentence', () => {
    expect(formatFieldMessage('required', { label: LABEL })).toEqual({
      ja: '生年月日を入力してください',
      en: 'Enter the date of birth',
      easyJa: 'うまれた ひを かいてください',
    });
  });

  it('keeps capitals of proper nouns in English labels', () => {
    const label = { ja: '個人番号', en: 'My Number', easyJa: 'マイナンバー' };

    expect(formatFieldMessage('invalid_my_number', { label }).en).toBe(
      'Enter the My Number as 12 digits',
    );
  });

  it.each([
    [{ min: 1, max: 5 }, 'between 1 and 5'],
    [{ min: 1 }, '1 or more'],
    [{ max: 5 }, '5 or less'],
  ])('says the range %j', (limits, expected) => {
    expect(formatFieldMessage('out_of_range', { label: LABEL, ...limits }).en).toContain(expected);
  });
});
