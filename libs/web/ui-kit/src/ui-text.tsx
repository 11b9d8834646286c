import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';

/** The few fixed strings the components print themselves; apps pass the ones of the chosen language. */
export type UiText = {
  skipLink: string;
  errorPrefix: string;
  errorSummaryTitle: string;
  requiredMark: string;
  optionalMark: string;
  selectPlaceholder: string;
  dateHint: string;
  newWindow: string;
};

export const UI_TEXT_JA: UiText = {
  skipLink: '本文へ移動',
  errorPrefix: 'エラー：',
  errorSummaryTitle: '入力内容を確認してください',
  requiredMark: '必須',
  optionalMark: '任意',
  selectPlaceholder: '選択してください',
  dateHint: '例：2024-04-01、令和6年4月1日、R6.4.1',
  newWindow: '（新しいウィンドウで開きます）',
};

export const UI_TEXT_EN: UiText = {
  skipLink: 'Skip to main content',
  errorPrefix: 'Error: ',
  errorSummaryTitle: 'There is a problem',
  requiredMark: 'Required',
  optionalMark: 'Optional',
  selectPlaceholder: 'Select an option',
  dateHint: 'For example, 2024-04-01 or 令和6年4月1日 (R6.4.1)',
  newWindow: '(opens in a new window)',
};

export const UI_TEXT_EASY_JA: UiText = {
  skipLink: '本文へ行く',
  errorPrefix: 'まちがい：',
  errorSummaryTitle: '直すところがあります',
  requiredMark: '必ず答える',
  optionalMark: '答えなくてもよい',
  selectPlaceholder: '選んでください',
  dateHint: '例：2024-04-01、令和6年4月1日',
  newWindow: '（新しい画面で開きます）',
};

const UiTextContext = createContext<UiText>(UI_TEXT_JA);

/** Gives the components under it the fixed strings of the chosen language (Japanese by default). */
export function UiTextProvider({ text, children }: { text: UiText; children: ReactNode }) {
  return <UiTextContext value={text}>{children}</UiTextContext>;
}

export function useUiText(): UiText {
  return useContext(UiTextContext);
}
