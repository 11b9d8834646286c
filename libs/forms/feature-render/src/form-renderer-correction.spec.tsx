import { jest } from '@jest/globals';
import type { FormDefinition } from '@madoguchi/forms-schema';
import { parseFormDefinition } from '@madoguchi/forms-schema';
import { buildFormDefinitionInput, text } from '@madoguchi/forms-schema/testing';
import { findAxeViolations } from '@madoguchi/web-ui-kit/testing';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { FormAnswers, SubmitOutcome } from './index.js';
import { FormRenderer } from './form-renderer.js';

function buildDefinition(): FormDefinition {
  return parseFormDefinition(
    buildFormDefinitionInput({
      title: text('Child allowance', '児童手当 認定請求'),
      steps: [
        {
          id: 'notifier',
          title: text('Notifier', '届出人'),
          fields: [
            {
              id: 'isSelf',
              type: 'yesNo',
              label: text('Are you the applicant?', '本人が届け出ますか'),
              required: true,
            },
          ],
        },
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

/** The answers as the API sends them back to the resident: the 個人番号 masked. */
const SENT_ANSWERS: FormAnswers = {
  isSelf: true,
  name: { family: '山田', given: '花子', familyKana: 'ヤマダ', givenKana: 'ハナコ' },
  birthDate: '1990-04-01',
  myNumber: '********5352',
  children: [{ childName: '山田 太朗', relation: 'child' }],
  agree: true,
};

const NOTES = {
  birthDate: '住民票の生年月日と違います。確認してください。',
  'children.childName': '「太郎」の字が違います。',
};

function renderCorrection(
  onSubmit: (answers: FormAnswers) => Promise<SubmitOutcome> = () => Promise.resolve({ ok: true }),
) {
  return render(
    <FormRenderer
      definition={buildDefinition()}
      locale="ja"
      onSubmit={onSubmit}
      defaultAnswers={SENT_ANSWERS}
      editablePaths={['birthDate', 'children.childName']}
      fieldNotes={NOTES}
    />,
  );
}

describe('FormRenderer in correction mode', () => {
  it('takes input only at the flagged fields, each described by the office’s note, the rest read-only', async () => {
    // Arrange + Act
    const { container } = renderCorrection();

    // Assert
    expect(screen.getByText('ステップ 1 / 2')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /生年月日/ })).toHaveAccessibleDescription(
      /申請先からの連絡：住民票の生年月日と違います。確認してください。/,
    );
    expect(screen.queryByRole('textbox', { name: '姓' })).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: /個人番号/ })).not.toBeInTheDocument();
    expect(screen.getByText('山田 花子（ヤマダ ハナコ）')).toBeInTheDocument();
    expect(screen.getByText(/5352/)).toBeInTheDocument();
    expect(await findAxeViolations(container)).toEqual([]);
  });

  it('walks only the steps with something to fix, confirms every answer and sends what was typed without the 個人番号', async () => {
    // Arrange
    const user = userEvent.setup();
    const onSubmit = jest.fn((_answers: FormAnswers) =>
      Promise.resolve<SubmitOutcome>({ ok: true }),
    );
    const { container } = renderCorrection(onSubmit);
    const birthDate = screen.getByRole('textbox', { name: /生年月日/ });
    await user.clear(birthDate);
    await user.type(birthDate, '1990-05-01');
    await user.click(screen.getByRole('button', { name: '次へ' }));
    expect(screen.getByText('ステップ 2 / 2')).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: /続柄/ })).not.toBeInTheDocument();
    const childName = screen.getByRole('textbox', { name: /児童の氏名/ });
    expect(childName).toHaveAccessibleDescription(/「太郎」の字が違います。/);
    await user.clear(childName);
    await user.type(childName, '山田 太郎');

    // Act: the declaration step has nothing to fix
    await user.click(screen.getByRole('button', { name: '確認画面へ進む' }));

    // Assert
    expect(screen.getByRole('heading', { level: 2, name: '入力内容の確認' })).toHaveFocus();
    expect(screen.getByRole('heading', { level: 3, name: '同意' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: '届出人' })).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /変更する/ })).toHaveLength(2);
    expect(screen.getByText(/5352/)).toBeInTheDocument();
    expect(await findAxeViolations(container)).toEqual([]);
    await user.click(screen.getByRole('button', { name: '送信する' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    const sent = onSubmit.mock.calls[0]?.[0] ?? {};
    expect(sent).toMatchObject({
      birthDate: '1990-05-01',
      children: [{ childName: '山田 太郎', relation: 'child' }],
      agree: true,
    });
    expect(sent).not.toHaveProperty('myNumber');
  });

  it('shows the API’s refusal of an unflagged answer where that answer is shown', async () => {
    // Arrange
    const user = userEvent.setup();
    const issue = {
      path: 'name',
      code: 'field_not_open_for_correction',
      message: {
        ja: 'この項目は補正の対象ではないため、変更できません。',
        en: 'This answer cannot change.',
      },
    };
    renderCorrection(() => Promise.resolve({ ok: false, issues: [issue] }));
    await user.click(screen.getByRole('button', { name: '次へ' }));
    await user.click(screen.getByRole('button', { name: '確認画面へ進む' }));

    // Act
    await user.click(screen.getByRole('button', { name: '送信する' }));

    // Assert
    expect(screen.getByRole('heading', { level: 2, name: '請求者' })).toBeInTheDocument();
    const link = within(screen.getByRole('alert')).getByRole('link', {
      name: 'この項目は補正の対象ではないため、変更できません。',
    });
    await user.click(link);
    expect(document.activeElement).toHaveTextContent(
      'この項目は補正の対象ではないため、変更できません。',
    );
  });
});
