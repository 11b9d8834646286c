import { ADMIN_CATALOGUE } from '../features/administration/administration-messages.js';
import { REVIEW_CATALOGUE } from '../features/application-review/review-messages.js';
import { COUNTER_CATALOGUE } from '../features/counter/counter-messages.js';
import { OVERLAY_EDITOR_CATALOGUE } from '../features/overlay-editor/overlay-editor-messages.js';
import { REMINDER_RULES_CATALOGUE } from '../features/administration/reminder-rules-messages.js';
import { BULK_ASSIGN_CATALOGUE } from '../features/work-queue/bulk-assign-messages.js';
import type { ConsoleMessages } from './messages.js';
import { CONSOLE_MESSAGES, MESSAGES, transitionLabel } from './messages.js';

/** Japanese script: kana and kanji (the English texts name a few Japanese terms on purpose). */
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/u;

/** English texts that show Japanese on purpose: the language group's name, a 和暦 example. */
const JAPANESE_ON_PURPOSE = new Set(['languageLabel', 'decisionRecord.invalidDate']);

/** Every text of a catalogue by its key path; a message function is called with sample values. */
function leafTexts(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') {
    return [[path, value]];
  }
  if (typeof value === 'function') {
    const sample = Array.from({ length: value.length }, () => 'X');
    return [[path, String((value as (...args: string[]) => unknown)(...sample))]];
  }
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, child]) =>
      leafTexts(child, path === '' ? key : `${path}.${key}`),
    );
  }
  return [[path, String(value)]];
}

describe.each([
  ['the console', CONSOLE_MESSAGES],
  ['the counter', COUNTER_CATALOGUE],
  ['the application review', REVIEW_CATALOGUE],
  ['the administration', ADMIN_CATALOGUE],
  ['the overlay editor', OVERLAY_EDITOR_CATALOGUE],
  ['the reminder-rule editor', REMINDER_RULES_CATALOGUE],
  ['the bulk assignment', BULK_ASSIGN_CATALOGUE],
] as const)('the messages of %s', (_name, catalogue) => {
  it('have an English text for every Japanese one', () => {
    // Arrange
    const japanese = leafTexts(catalogue.ja).map(([path]) => path);

    // Act
    const english = leafTexts(catalogue.en).map(([path]) => path);

    // Assert
    expect(english).toEqual(japanese);
  });

  it('write the English texts in English, none left empty or in Japanese', () => {
    // Arrange
    const english = leafTexts(catalogue.en);

    // Act
    const problems = english.filter(
      ([path, text]) =>
        text.trim() === '' ||
        text.includes('undefined') ||
        (JAPANESE.test(text) && !JAPANESE_ON_PURPOSE.has(path)),
    );

    // Assert
    expect(problems).toEqual([]);
  });
});

describe('the console messages', () => {
  it('keep MESSAGES as the Japanese texts for the features that read them directly', () => {
    expect(MESSAGES).toBe(CONSOLE_MESSAGES.ja);
  });

  it('reject an English catalogue that lacks a Japanese key, at compile time', () => {
    // Arrange
    const { serviceName: _omitted, ...withoutServiceName } = CONSOLE_MESSAGES.en;

    // Act
    // @ts-expect-error: every key of the Japanese catalogue needs its English text.
    const incomplete: ConsoleMessages = withoutServiceName;

    // Assert
    expect(incomplete).not.toHaveProperty('serviceName');
  });
});

describe(transitionLabel.name, () => {
  it('names a staff transition in the chosen language, Japanese by default', () => {
    expect(transitionLabel('submitted', 'in_review')).toBe('処理を開始する');
    expect(transitionLabel('awaiting_approval', 'in_review', 'en')).toBe('Send back to review');
    expect(transitionLabel('in_review', 'correction_requested', 'en')).toBe('Request a correction');
  });
});
