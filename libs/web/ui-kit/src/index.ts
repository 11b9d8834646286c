export type { UiText } from './ui-text.js';
export { UI_TEXT_EN, UI_TEXT_EASY_JA, UI_TEXT_JA, UiTextProvider, useUiText } from './ui-text.js';
export { classNames } from './class-names.js';
export type {
  FieldDescriptionProps,
  FieldsetProps,
  FormFieldProps,
  FormMessageProps,
} from './form-field.js';
export {
  Fieldset,
  FormField,
  FormMessage,
  RequiredMark,
  controlAriaProps,
  describedByIds,
} from './form-field.js';
export type { TextInputProps } from './text-input.js';
export { TextInput } from './text-input.js';
export type { TextAreaProps } from './text-area.js';
export { TextArea } from './text-area.js';
export type { DateInputProps } from './date-input.js';
export { DateInput } from './date-input.js';
export type { SelectOption, SelectOptionGroup, SelectProps } from './select.js';
export { Select } from './select.js';
export type {
  CheckboxGroupProps,
  CheckboxProps,
  ChoiceOption,
  RadioGroupProps,
} from './choice-group.js';
export { Checkbox, CheckboxGroup, RadioGroup } from './choice-group.js';
export type { ButtonGroupProps, ButtonProps, ButtonVariant } from './button.js';
export { Button, ButtonGroup, buttonClassName } from './button.js';
export type { ErrorSummaryItem, ErrorSummaryProps } from './error-summary.js';
export { ErrorSummary, focusControl } from './error-summary.js';
export type { PageLayoutProps } from './page-layout.js';
export { PageLayout } from './page-layout.js';
export type { StatusTagProps, StatusTone } from './status-tag.js';
export { StatusTag } from './status-tag.js';
export type { TableColumn, TableProps } from './table.js';
export { Table } from './table.js';
export type { NoticeProps, NoticeTone } from './notice.js';
export { Notice } from './notice.js';
export type { LanguageOption, LanguageSwitcherProps } from './language-switcher.js';
export { LanguageSwitcher } from './language-switcher.js';
export type { SummaryListRow } from './summary-list.js';
export { SummaryList } from './summary-list.js';
export { VisuallyHidden } from './visually-hidden.js';
export type { FuriganaProps } from './furigana.js';
export {
  Furigana,
  FuriganaProvider,
  RubyText,
  preloadFuriganaReadings,
  useFurigana,
} from './furigana.js';
export { useFocusOnChange } from './use-focus-on-change.js';
