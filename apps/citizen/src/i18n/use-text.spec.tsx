import { render } from '@testing-library/react';
import { LocaleProvider } from './locale-context.js';
import { Text } from './use-text.js';

const TITLE = { ja: '妊娠の届出', en: 'Pregnancy notification', easyJa: '妊娠の届け' };

describe(Text.name, () => {
  it.each([
    ['ja', '妊娠の届出'],
    ['en', 'Pregnancy notification'],
  ] as const)('shows the %s text as it is', (locale, shown) => {
    const { container } = render(
      <LocaleProvider initialLocale={locale}>
        <Text>{TITLE}</Text>
      </LocaleProvider>,
    );

    expect(container.innerHTML).toBe(shown);
  });

  it('gives やさしい日本語 furigana and keeps the page in Japanese', () => {
    const { container } = render(
      <LocaleProvider initialLocale="easyJa">
        <Text>{TITLE}</Text>
      </LocaleProvider>,
    );

    expect([...container.querySelectorAll('rt')].map((rt) => rt.textContent)).toEqual([
      'にんしん',
      'とど',
    ]);
    expect(container.textContent).toContain('妊娠');
    expect(document.documentElement.lang).toBe('ja');
  });
});
