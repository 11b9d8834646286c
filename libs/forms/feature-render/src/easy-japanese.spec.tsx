import { parseFormDefinition } from '@madoguchi/forms-schema';
import { buildFormDefinitionInput, text } from '@madoguchi/forms-schema/testing';
import { FuriganaProvider } from '@madoguchi/web-ui-kit';
import { findAxeViolations } from '@madoguchi/web-ui-kit/testing';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FormRenderer } from './form-renderer.js';

const READINGS = {
  性別: 'せいべつ',
  選ん: 'えらん',
  確かめる: 'たしかめる',
  画面: 'がめん',
  届け: 'とどけ',
  名前: 'なまえ',
  書い: 'かい',
};

const definition = parseFormDefinition(
  buildFormDefinitionInput({
    optionLists: {
      sexes: [
        { value: 'f', label: text('Female', '女性', '女') },
        { value: 'm', label: text('Male', '男性', '男') },
      ],
    },
    steps: [
      {
        id: 'main',
        title: text('Notification', '届出', '届け'),
        fields: [
          {
            id: 'sex',
            type: 'radio',
            label: text('Sex', '性別', '性別'),
            required: true,
            options: 'sexes',
          },
          { id: 'name', type: 'text', label: text('Name', '氏名', '名前'), required: true },
        ],
      },
    ],
  }),
);

function renderInEasyJapanese() {
  return render(
    <FuriganaProvider isOn readings={READINGS}>
      <FormRenderer
        definition={definition}
        locale="easyJa"
        onSubmit={() => Promise.resolve({ ok: true })}
      />
    </FuriganaProvider>,
  );
}

describe('the form in やさしい日本語', () => {
  it('puts furigana over the kanji of titles, labels, buttons and errors, and names stay plain', async () => {
    const { container } = renderInEasyJapanese();

    await userEvent.click(screen.getByRole('button', { name: '確かめる画面へ' }));

    const readings = [...container.querySelectorAll('rt')].map((rt) => rt.textContent);
    expect(readings).toEqual(
      expect.arrayContaining(['とど', 'せいべつ', 'なまえ', 'たし', 'がめん', 'えら', 'か']),
    );
    expect(screen.getByRole('group', { name: /^性別/ })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^名前/ })).toHaveAccessibleDescription(
      'エラー： 名前を書いてください。',
    );
    expect(screen.getByRole('link', { name: '性別を選んでください。' })).toBeInTheDocument();
    expect(await findAxeViolations(container)).toEqual([]);
  });
});
