import { jest } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CheckboxGroup, RadioGroup } from './choice-group.js';
import { DateInput } from './date-input.js';
import { ErrorSummary } from './error-summary.js';
import { TextInput } from './text-input.js';
import { findAxeViolations } from './testing.js';

describe(TextInput.name, () => {
  it('links its hint and error to the input and marks it invalid', async () => {
    // Arrange
    const { container } = render(
      <TextInput
        id="family-name"
        label="氏"
        hint="戸籍に記載の文字で"
        error="氏を入力してください"
        isRequired
      />,
    );

    // Act
    const input = screen.getByRole('textbox', { name: /氏/ });

    // Assert
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('戸籍に記載の文字で エラー： 氏を入力してください');
    expect(screen.getByText('必須')).toBeInTheDocument();
    expect(await findAxeViolations(container)).toEqual([]);
  });
});

describe(DateInput.name, () => {
  it('tells the resident that 和暦 is accepted', () => {
    render(<DateInput id="birth-date" label="生年月日" />);

    expect(screen.getByRole('textbox', { name: '生年月日' })).toHaveAccessibleDescription(
      /令和6年4月1日/,
    );
  });
});

describe(RadioGroup.name, () => {
  it('groups the radios under a legend and reports the choice', async () => {
    // Arrange
    const onChange = jest.fn();
    const { container } = render(
      <RadioGroup
        id="living"
        name="living"
        legend="同居していますか"
        options={[
          { value: 'together', label: '同居' },
          { value: 'apart', label: '別居' },
        ]}
        value={undefined}
        onChange={onChange}
        error="選択してください"
      />,
    );

    // Act
    await userEvent.click(screen.getByRole('radio', { name: '別居' }));

    // Assert
    expect(screen.getByRole('group', { name: '同居していますか' })).toHaveAccessibleDescription(
      'エラー： 選択してください',
    );
    expect(onChange).toHaveBeenCalledWith('apart');
    expect(await findAxeViolations(container)).toEqual([]);
  });
});

describe(CheckboxGroup.name, () => {
  it('keeps the values in the order of the options', async () => {
    // Arrange
    const onChange = jest.fn();
    render(
      <CheckboxGroup
        id="docs"
        name="docs"
        legend="書類"
        options={[
          { value: 'a', label: 'A' },
          { value: 'b', label: 'B' },
        ]}
        value={['b']}
        onChange={onChange}
      />,
    );

    // Act
    await userEvent.click(screen.getByRole('checkbox', { name: 'A' }));

    // Assert
    expect(onChange).toHaveBeenCalledWith(['a', 'b']);
  });
});

describe(ErrorSummary.name, () => {
  it('takes focus and moves to the control of an error when its link is followed', async () => {
    // Arrange
    render(
      <>
        <ErrorSummary items={[{ targetId: 'email', text: 'メールアドレスを入力してください' }]} />
        <TextInput id="email" label="メールアドレス" />
      </>,
    );
    const summary = screen.getByRole('alert');

    // Act
    const focusedFirst = document.activeElement;
    await userEvent.click(screen.getByRole('link', { name: 'メールアドレスを入力してください' }));

    // Assert
    expect(focusedFirst).toBe(summary);
    expect(screen.getByRole('textbox', { name: 'メールアドレス' })).toHaveFocus();
  });
});
