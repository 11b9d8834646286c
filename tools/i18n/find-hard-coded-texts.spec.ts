import { join } from 'node:path';
import {
  findCatalogues,
  findCataloguesInSource,
  findCompletenessSpecs,
  findHardCodedTexts,
  findHardCodedTextsInSource,
} from './find-hard-coded-texts.ts';

const WORKSPACE = join(import.meta.dirname, '..', '..');

/**
 * Texts a resident-facing component may write itself, each with the reason. Keep it small: a new
 * text belongs in a catalogue (ja / en / やさしい日本語), whose completeness tests check it.
 */
const ALLOWED: readonly { file: string; text: string; reason: string }[] = [];

describe(findHardCodedTextsInSource.name, () => {
  it('finds JSX text and literal texts of the attributes a person reads or hears', () => {
    const code = `
      export function Page({ text, isOpen }) {
        return (
          <main>
            <h1>申請一覧</h1>
            <p>{text.lead}</p>
            <nav aria-label="Main menu" />
            <input placeholder={isOpen ? '検索' : text.search} title={text.title} />
            <img alt={\`\${text.photo} of the card\`} src="card.png" />
            <span>{'閉じる'}</span>
            <span>{' '}·{count}</span>
            <a href="/help" className="mdg-link" data-testid="help">{text.help}</a>
          </main>
        );
      }
    `;

    expect(
      findHardCodedTextsInSource('page.tsx', code).map(({ line, text }) => [line, text]),
    ).toEqual([
      [5, '申請一覧'],
      [7, 'Main menu'],
      [8, '検索'],
      [9, 'of the card'],
      [10, '閉じる'],
    ]);
  });

  it('finds nothing in a component that takes every text from its catalogue', () => {
    const code = `
      export const Notice = ({ text, name }) => (
        <p role="status" aria-label={text.label(name)}>
          {text.body}{' '}({name})
        </p>
      );
    `;

    expect(findHardCodedTextsInSource('notice.tsx', code)).toEqual([]);
  });
});

describe('the resident-facing components (citizen app, form renderer, ui-kit)', () => {
  it('take every text they show from a catalogue in ja, en and やさしい日本語, or from the data', () => {
    const found = findHardCodedTexts(WORKSPACE).filter(
      ({ file, text }) =>
        !ALLOWED.some((allowed) => allowed.file === file && allowed.text === text),
    );

    expect(found.map(({ file, line, text }) => `${file}:${line} ${text}`)).toEqual([]);
  });

  it('has an allow-list that still matches the sources (else remove the entry)', () => {
    const found = findHardCodedTexts(WORKSPACE);
    const stale = ALLOWED.filter(
      (allowed) => !found.some(({ file, text }) => allowed.file === file && allowed.text === text),
    );

    expect(stale).toEqual([]);
  });
});

/** Constants that look like catalogues but hold no text a resident reads, each with the reason. */
const NOT_TEXTS: readonly { name: string; reason: string }[] = [
  { name: 'LOCALE_LANG', reason: 'the lang attribute of each locale (ja, en, ja)' },
];

describe(findCataloguesInSource.name, () => {
  it('finds the exported texts by language and the exported texts in the three languages', () => {
    const code = `
      export const SIGN_IN_MESSAGES = { ja: { title: 'ログイン' }, en: { title: 'Sign in' }, easyJa: { title: 'ログイン' } };
      export const STEPS = { draft: { ja: '下書き', en: 'Draft', easyJa: '下書き' } } as const;
      export const LIMIT = { max: 3 };
      const LOCAL = { ja: {}, en: {}, easyJa: {} };
    `;

    expect(findCataloguesInSource('messages.ts', code)).toEqual(['SIGN_IN_MESSAGES', 'STEPS']);
  });
});

describe('the catalogues of the resident-facing sources', () => {
  it('are each checked by a completeness test (findCatalogueProblems) in the three languages', () => {
    const specs = findCompletenessSpecs(WORKSPACE);
    const unchecked = findCatalogues(WORKSPACE).filter(
      ({ name }) =>
        !NOT_TEXTS.some((allowed) => allowed.name === name) &&
        !specs.some(({ code }) => new RegExp(`\\b${name}\\b`).test(code)),
    );

    expect(specs.length).toBeGreaterThan(0);
    expect(unchecked.map(({ file, name }) => `${file}: ${name}`)).toEqual([]);
  });
});
