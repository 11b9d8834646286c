import type { AnswerTexts } from '@madoguchi/forms-schema';
import { ANSWER_TEXTS } from '@madoguchi/forms-schema';
import { LOCALES } from '@madoguchi/shared-util-i18n';
import { RENDER_MESSAGES } from '../render-messages.js';

/** Arguments to call the function texts with. */
const ARGS: Partial<Record<keyof AnswerTexts, unknown[]>> = {
  maskedMyNumber: ['5352'],
  itemLegend: ['子ども', 2],
};

function wordsOf(texts: AnswerTexts): Record<string, string> {
  return Object.fromEntries(
    (Object.keys(ANSWER_TEXTS.ja) as (keyof AnswerTexts)[]).map((key) => {
      const value = texts[key];
      return [
        key,
        typeof value === 'function'
          ? (value as (...args: unknown[]) => string)(...(ARGS[key] ?? []))
          : value,
      ];
    }),
  );
}

describe('ANSWER_TEXTS', () => {
  // The confirmation page words answers with the renderer's messages, the PDF 控え with
  // ANSWER_TEXTS: a resident must read the same words in both, and on the form's own controls.
  it.each(LOCALES)('are the words of the renderer’s messages in %s', (locale) => {
    expect(wordsOf(RENDER_MESSAGES[locale])).toEqual(wordsOf(ANSWER_TEXTS[locale]));
  });
});
