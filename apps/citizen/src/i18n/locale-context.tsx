import type { Locale } from '@madoguchi/shared-util-i18n';
import { LOCALES } from '@madoguchi/shared-util-i18n';
import { LoadStatusTextProvider } from '@madoguchi/web-feature-status';
import { FuriganaProvider, UiTextProvider } from '@madoguchi/web-ui-kit';
import { createContext, useContext, useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import type { CitizenMessages } from './messages.js';
import { CITIZEN_MESSAGES, LOCALE_LANG } from './messages.js';

const STORAGE_KEY = 'madoguchi.citizen.locale';

type LocaleContextValue = {
  locale: Locale;
  messages: CitizenMessages;
  setLocale: (locale: Locale) => void;
};

const LocaleContext = createContext<LocaleContextValue | null>(null);

function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The language chosen earlier on this device, or Japanese. */
export function readStoredLocale(): Locale {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLocale(stored) ? stored : 'ja';
  } catch {
    // Storage can be off (private mode, locked-down browsers): Japanese then.
    return 'ja';
  }
}

/** Keeps `<html lang>` in step with the interface language, for screen readers and fonts. */
function useDocumentLanguage(locale: Locale) {
  useEffect(() => {
    document.documentElement.lang = LOCALE_LANG[locale];
  }, [locale]);
}

export function LocaleProvider({
  initialLocale,
  children,
}: {
  initialLocale?: Locale;
  children: ReactNode;
}) {
  const [locale, setLocaleState] = useState<Locale>(() => initialLocale ?? readStoredLocale());
  useDocumentLanguage(locale);
  const setLocale = (next: Locale) => {
    setLocaleState(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not remembered, but still switched for this visit.
    }
  };
  const messages = CITIZEN_MESSAGES[locale];
  return (
    <LocaleContext value={{ locale, messages, setLocale }}>
      <UiTextProvider text={messages.ui}>
        <LoadStatusTextProvider
          text={{
            locale,
            loading: messages.loading,
            loadFailed: messages.loadFailed,
            retry: messages.retry,
          }}
        >
          {/* やさしい日本語 is shown with furigana; the document stays lang="ja". */}
          <FuriganaProvider isOn={locale === 'easyJa'}>{children}</FuriganaProvider>
        </LoadStatusTextProvider>
      </UiTextProvider>
    </LocaleContext>
  );
}

export function useLocale(): LocaleContextValue {
  const value = useContext(LocaleContext);
  if (!value) {
    throw new Error('useLocale must be used inside <LocaleProvider>');
  }
  return value;
}
