import { join } from 'node:path';
import { findHardCodedTexts, findHardCodedTextsInSource } from './find-hard-coded-texts.ts';

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
