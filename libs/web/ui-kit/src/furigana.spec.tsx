import { render, screen, waitFor } from '@testing-library/react';
import { Furigana, FuriganaProvider, RubyText } from './furigana.js';
import { TextInput } from './text-input.js';

const READINGS = { 申請: 'しんせい', 書い: 'かい', 名前: 'なまえ' };

describe(Furigana.name, () => {
  it('renders the kanji words as ruby with their readings', () => {
    const { container } = render(<Furigana text="申請を書いてください" readings={READINGS} />);

    expect(container.innerHTML).toBe(
      '<span class="mdg-furigana"><span aria-hidden="true">' +
        '<ruby class="mdg-ruby">申請<rp>（</rp><rt>しんせい</rt><rp>）</rp></ruby>を' +
        '<ruby class="mdg-ruby">書<rp>（</rp><rt>か</rt><rp>）</rp></ruby>いてください</span>' +
        '<span class="mdg-visually-hidden">申請を書いてください</span></span>',
    );
  });
});

describe(RubyText.name, () => {
  it('stays plain text unless furigana are on', () => {
    const { container } = render(<RubyText>申請</RubyText>);

    expect(container.innerHTML).toBe('申請');
  });

  it('gives labels furigana and keeps the plain text as the accessible name and description', () => {
    const { container } = render(
      <FuriganaProvider isOn readings={READINGS}>
        <TextInput id="name" label="名前" error="名前を書いてください" />
      </FuriganaProvider>,
    );

    expect(container.querySelectorAll('label ruby, .mdg-error-message ruby')).toHaveLength(3);
    const input = screen.getByRole('textbox', { name: '名前' });
    expect(input).toHaveAccessibleDescription('エラー： 名前を書いてください');
  });

  it('loads the generated readings when furigana are turned on without a table of its own', async () => {
    const { container } = render(
      <FuriganaProvider isOn>
        <RubyText>申請</RubyText>
      </FuriganaProvider>,
    );

    await waitFor(() => expect(container.querySelector('ruby rt')).toHaveTextContent('しんせい'));
  });
});
