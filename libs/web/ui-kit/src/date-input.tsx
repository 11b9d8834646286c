import type { ReactNode } from 'react';
import { TextInput } from './text-input.js';
import type { TextInputProps } from './text-input.js';
import { useUiText } from './ui-text.js';

export type DateInputProps = Omit<TextInputProps, 'type' | 'hint'> & {
  /** Replaces the default hint ("例：2024-04-01、令和6年4月1日、R6.4.1"). */
  hint?: ReactNode;
};

/**
 * A date as text, so a resident can type 西暦 ("2024-04-01") or 和暦 ("令和6年4月1日", "R6.4.1");
 * the form engine normalises it to an ISO date. A native date picker cannot take 和暦.
 */
export function DateInput({ hint, width = 'medium', ...props }: DateInputProps) {
  const text = useUiText();
  return (
    <TextInput
      type="text"
      inputMode="text"
      width={width}
      hint={
        hint ? (
          <>
            {hint}
            <br />
            {text.dateHint}
          </>
        ) : (
          text.dateHint
        )
      }
      {...props}
    />
  );
}
