import type { Bilingual, Trilingual } from '@madoguchi/shared-util-i18n';
import { pickText } from '@madoguchi/shared-util-i18n';
import { useFurigana } from '@madoguchi/web-ui-kit';
import type { ReactNode } from 'react';
import { useLocale } from './locale-context.js';

/** A message string, or a text of the API or a form in the three languages. */
export type ShownText = string | Bilingual | Trilingual;

/**
 * Renders a text in the chosen language, with furigana over its kanji in やさしい日本語:
 * `const text = useText(); … <h1>{text(messages.homeTitle)}</h1>` or `{text(procedure.title)}`.
 * For attributes (`aria-label`, `title`, `<option>`), which cannot hold ruby, keep the string.
 */
export function useText(): (value: ShownText) => ReactNode {
  const { locale } = useLocale();
  const { ruby } = useFurigana();
  return (value) => ruby(typeof value === 'string' ? value : pickText(value, locale));
}

/** `<Text>{messages.homeLead}</Text>`, `<Text>{procedure.summary}</Text>`: the same as a component. */
export function Text({ children }: { children: ShownText }) {
  const text = useText();
  return <>{text(children)}</>;
}
