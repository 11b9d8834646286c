import { jest } from '@jest/globals';
import type { FormDefinition } from '@madoguchi/forms-schema';
import { compileForm, parseFormDefinition } from '@madoguchi/forms-schema';
import { buildFormDefinitionInput, makeMyNumber, text } from '@madoguchi/forms-schema/testing';
import { findAxeViolations } from '@madoguchi/web-ui-kit/testing';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { FormAnswers, SubmitOutcome } from './index.js';
import { FormRenderer } from './form-renderer.js';

const VALID_MY_NUMBER = makeMyNumber('12345678901');
const WRONG_CHECK_DIGIT = `${VALID_MY_NUMBER.slice(0, 11)}${(Number(VALID_MY_NUMBER.at(-1)) + 1) % 10}`;

function buildDefinition(): FormDefinition {
  return parseFormDefinition(
    buildFormDefinitionInput({
      title: text('Child allowance', '児童手当 認定請求'),
      steps: [
        {
          id: 'applicant',
          title: text('Applicant', '請求者'),
          fields: [
            { id: 'name', type: 'personName', label: text('Name', '氏名'), required: true },
            {
              id: 'birthDate',
              type: 'date',
              label: text('Date of birth', '生年月日'),
              required: true,
            },
            {
              id: 'livesApart',
              type: 'yesNo',
              label: text('Living apart?', '別居していますか'),
              required: true,
            },
            {
              id: 'apartAddress',
              type: 'postalAddress',
              label: text('Address while apart', '別居先の住所'),
              required: true,
              visibleWhen: { '==': [{ var: 'livesApart' }, true] },
            },
            {
              id: 'myNumber',
              type: 'myNumber',
              label: text('My Number', '個人番号'),
              required: true,
              sensitive: true,
            },
          ],
        },
        {
          id: 'family',
          title: text('Children', '児童'),
          fields: [
            {
              id: 'children',
              type: 'group',
              label: text('Children', '対象となる児童'),
              repeat: { min: 1, max: 3, itemLabel: text('child', '子ども') },
              fields: [
                {
                  id: 'childName',
                  type: 'text',
                  label: text('Name of the child', '児童の氏名'),
                  required: true,
                },
                {
                  id: 'relation',
                  type: 'relationship',
                  label: text('Relationship', '続柄'),
                  required: true,
                },
              ],
            },
          ],
        },
        {
          id: 'declaration',
          title: text('Declaration', '同意'),
          fields: [
            {
              id: 'agree',
              type: 'consent',
              label: text('I agree', '記載内容に相違ありません'),
              required: true,
            },
          ],
        },
      ],
    }),
  );
}

function renderForm(
  onSubmit: (answers: FormAnswers) => Promise<SubmitOutcome> = () => Promise.resolve({ ok: true }),
) {
  const definition = buildDefinition();
  const view = render(<FormRenderer definition={definition} locale="ja" onSubmit={onSubmit} />);
  return { definition, ...view };
}

async function fillApplicantStep(
  user: ReturnType<typeof userEvent.setup>,
  myNumber = VALID_MY_NUMBER,
) {
  await user.type(screen.getByRole('textbox', { name: '姓' }), '山田');
  await user.type(screen.getByRole('textbox', { name: '名' }), '花子');
  await user.type(screen.getByRole('textbox', { name: 'フリガナ・姓' }), 'やまだ');
  await user.type(screen.getByRole('textbox', { name: 'フリガナ・名' }), 'ハナコ');
  await user.type(screen.getByRole('textbox', { name: /生年月日/ }), '平成2年4月1日');
  await user.click(screen.getByRole('radio', { name: 'いいえ' }));
  await user.type(screen.getByRole('textbox', { name: /個人番号/ }), myNumber);
}

describe(FormRenderer.name, () => {
  it('renders the fields of the first step with its progress, and no hidden field', async () => {
    // Arrange
    const { container } = renderForm();

    // Act
    const heading = screen.getByRole('heading', { level: 2, name: '請求者' });

    // Assert
    expect(heading).toBeInTheDocument();
    expect(screen.getByText('ステップ 1 / 3')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: /氏名/ })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /個人番号/ })).toHaveAttribute(
      'inputmode',
      'numeric',
    );
    expect(screen.getByRole('textbox', { name: /個人番号/ })).toHaveAttribute(
      'autocomplete',
      'off',
    );
    expect(screen.queryByRole('group', { name: /別居先の住所/ })).not.toBeInTheDocument();
    expect(await findAxeViolations(container)).toEqual([]);
  });

  it('shows a field once its visibleWhen condition holds', async () => {
    // Arrange
    const user = userEvent.setup();
    renderForm();

    // Act
    await user.click(screen.getByRole('radio', { name: 'はい' }));

    // Assert
    expect(screen.getByRole('group', { name: /別居先の住所/ })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: '都道府県' })).toBeInTheDocument();
  });

  it('blocks 次へ with the messages of the engine for the codes it reports', async () => {
    // Arrange
    const user = userEvent.setup();
    const { definition } = renderForm();
    await user.type(screen.getByRole('textbox', { name: /個人番号/ }), WRONG_CHECK_DIGIT);
    const engineResult = compileForm(definition).validate(
      { myNumber: WRONG_CHECK_DIGIT },
      { stepId: 'applicant' },
    );
    if (engineResult.ok) {
      throw new Error('the engine should reject these answers');
    }

    // Act
    await user.click(screen.getByRole('button', { name: '次へ' }));

    // Assert
    const summary = screen.getByRole('alert');
    expect(summary).toHaveFocus();
    expect(engineResult.issues.map((issue) => issue.code)).toEqual(
      expect.arrayContaining(['required', 'my_number_check_digit']),
    );
    for (const issue of engineResult.issues) {
      expect(within(summary).getByRole('link', { name: issue.message.ja })).toBeInTheDocument();
    }
    expect(screen.getByRole('textbox', { name: /個人番号/ })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(screen.getByRole('heading', { level: 2, name: '請求者' })).toBeInTheDocument();
  });

  it('adds and removes the items of a repeating group within its limits', async () => {
    // Arrange
    const user = userEvent.setup();
    renderForm();
    await fillApplicantStep(user);
    await user.click(screen.getByRole('button', { name: '次へ' }));

    // Act
    await user.click(screen.getByRole('button', { name: '子どもを追加' }));
    await user.click(screen.getByRole('button', { name: '子どもを追加' }));

    // Assert
    expect(screen.getByRole('group', { name: '子ども 3' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '子どもを追加' })).not.toBeInTheDocument();

    // Act
    await user.click(screen.getByRole('button', { name: '子ども 2 を削除' }));

    // Assert
    expect(screen.queryByRole('group', { name: '子ども 3' })).not.toBeInTheDocument();
    expect(screen.getAllByRole('textbox', { name: /児童の氏名/ })).toHaveLength(2);
  });

  it('confirms the normalised answers with the 個人番号 masked, then submits them', async () => {
    // Arrange
    const user = userEvent.setup();
    const onSubmit = jest.fn((_answers: FormAnswers) =>
      Promise.resolve<SubmitOutcome>({ ok: true }),
    );
    const { container } = renderForm(onSubmit);
    await fillApplicantStep(user);
    await user.click(screen.getByRole('button', { name: '次へ' }));
    await user.type(screen.getByRole('textbox', { name: /児童の氏名/ }), '山田 太郎');
    await user.selectOptions(screen.getByRole('combobox', { name: /続柄/ }), 'child');
    await user.click(screen.getByRole('button', { name: '次へ' }));
    await user.click(screen.getByRole('checkbox', { name: /記載内容に相違ありません/ }));

    // Act
    await user.click(screen.getByRole('button', { name: '確認画面へ進む' }));

    // Assert
    expect(screen.getByRole('heading', { level: 2, name: '入力内容の確認' })).toHaveFocus();
    expect(screen.queryByText(VALID_MY_NUMBER)).not.toBeInTheDocument();
    expect(
      screen.getByText(new RegExp(`＊＊＊＊ ${VALID_MY_NUMBER.slice(-4)}`)),
    ).toBeInTheDocument();
    expect(screen.getByText('1990年4月1日')).toBeInTheDocument();
    expect(await findAxeViolations(container)).toEqual([]);

    // Act
    await user.click(screen.getByRole('button', { name: '送信する' }));

    // Assert
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onSubmit.mock.calls[0]?.[0]).toMatchObject({
      birthDate: '1990-04-01',
      name: { family: '山田', given: '花子', familyKana: 'ヤマダ', givenKana: 'ハナコ' },
      livesApart: false,
      children: [{ childName: '山田 太郎', relation: 'child' }],
      agree: true,
    });
  });

  it('shows the field errors the API returns on their step', async () => {
    // Arrange
    const user = userEvent.setup();
    const issue = {
      path: 'children.0.childName',
      code: 'too_long',
      message: { ja: '児童の氏名が長すぎます', en: 'The name is too long' },
    };
    renderForm(() => Promise.resolve({ ok: false, issues: [issue] }));
    await fillApplicantStep(user);
    await user.click(screen.getByRole('button', { name: '次へ' }));
    await user.type(screen.getByRole('textbox', { name: /児童の氏名/ }), '山田 太郎');
    await user.selectOptions(screen.getByRole('combobox', { name: /続柄/ }), 'child');
    await user.click(screen.getByRole('button', { name: '次へ' }));
    await user.click(screen.getByRole('checkbox', { name: /記載内容に相違ありません/ }));
    await user.click(screen.getByRole('button', { name: '確認画面へ進む' }));

    // Act
    await user.click(screen.getByRole('button', { name: '送信する' }));

    // Assert
    expect(screen.getByRole('heading', { level: 2, name: '児童' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /児童の氏名/ })).toHaveAccessibleDescription(
      /児童の氏名が長すぎます/,
    );
    expect(
      within(screen.getByRole('alert')).getByRole('link', { name: '児童の氏名が長すぎます' }),
    ).toBeInTheDocument();
  });
});
