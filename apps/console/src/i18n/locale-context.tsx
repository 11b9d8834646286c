import { LoadStatusTextProvider } from '@madoguchi/web-feature-status';
import { UI_TEXT_EN, UI_TEXT_JA, UiTextProvider } from '@madoguchi/web-ui-kit';
import { createContext, useContext, useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import type { ConsoleLocale, ConsoleMessages } from './messages.js';
import { CONSOLE_LOCALES, CONSOLE_MESSAGES } from './messages.js';

/** Where the staff member's language is kept on this PC (the citizen app keeps its own). */
export const CONSOLE_LOCALE_STORAGE_KEY = 'madoguchi.console.locale';

const UI_TEXT = { ja: UI_TEXT_JA, en: UI_TEXT_EN } as const;

type ConsoleLocaleContextValue = {
  locale: ConsoleLocale;
  messages: ConsoleMessages;
  setLocale: (locale: ConsoleLocale) => void;
};

/**
 * Japanese without a provider, like the ui-kit's texts: a component rendered on its own (a
 * component spec) reads as the console does on a new PC. The app always has the provider.
 */
const ConsoleLocaleContext = createContext<ConsoleLocaleContextValue>({
  locale: 'ja',
  messages: CONSOLE_MESSAGES.ja,
  setLocale: () => undefined,
});

function isConsoleLocale(value: unknown): value is ConsoleLocale {
  return typeof value === 'string' && (CONSOLE_LOCALES as readonly string[]).includes(value);
}

/** The language chosen earlier on this PC, or Japanese. */
export function readStoredConsoleLocale(): ConsoleLocale {
  try {
    const stored = window.localStorage.getItem(CONSOLE_LOCALE_STORAGE_KEY);
    return isConsoleLocale(stored) ? stored : 'ja';
  } catch {
    // Storage can be off (locked-down browsers on LGWAN PCs): Japanese then.
    return 'ja';
  }
}

/** Keeps `<html lang>` in step with the interface language, for screen readers and fonts. */
function useDocumentLanguage(locale: ConsoleLocale) {
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
}

/** The console's language (Japanese or English) for everything under it, with the ui-kit's texts. */
export function ConsoleLocaleProvider({
  initialLocale,
  children,
}: {
  initialLocale?: ConsoleLocale;
  children: ReactNode;
}) {
  const [locale, setLocaleState] = useState<ConsoleLocale>(
    () => initialLocale ?? readStoredConsoleLocale(),
  );
  useDocumentLanguage(locale);
  const setLocale = (next: ConsoleLocale) => {
    setLocaleState(next);
    try {
      window.localStorage.setItem(CONSOLE_LOCALE_STORAGE_KEY, next);
    } catch {
      // Not remembered, but still switched for this visit.
    }
  };
  const messages = CONSOLE_MESSAGES[locale];
  return (
    <ConsoleLocaleContext value={{ locale, messages, setLocale }}>
      <UiTextProvider text={UI_TEXT[locale]}>
        <LoadStatusTextProvider
          text={{
            locale,
            loading: messages.loading,
            loadFailed: messages.loadFailed,
            retry: messages.retry,
          }}
        >
          {children}
        </LoadStatusTextProvider>
      </UiTextProvider>
    </ConsoleLocaleContext>
  );
}

/** The chosen language, its messages and the way to change it. */
export function useConsoleLocale(): ConsoleLocaleContextValue {
  return useContext(ConsoleLocaleContext);
}

/** The console's shared strings in the chosen language. */
export function useMessages(): ConsoleMessages {
  return useConsoleLocale().messages;
}
