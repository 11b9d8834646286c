import type { Locale } from '@madoguchi/shared-util-i18n';
import { pickText } from '@madoguchi/shared-util-i18n';
import { isApiRequestError } from '@madoguchi/web-data-access-api';
import { Button, Notice, RubyText } from '@madoguchi/web-ui-kit';
import type { ReactNode } from 'react';
import { createContext, useContext } from 'react';

/** The wording of the load notices in the page's language; the API's message is picked by `locale`. */
export type LoadStatusText = {
  locale: Locale;
  loading: string;
  loadFailed: string;
  retry: string;
};

/** The Japanese wording, the default without a provider (each app gives its chosen language). */
export const LOAD_STATUS_TEXT_JA: LoadStatusText = {
  locale: 'ja',
  loading: '読み込んでいます…',
  loadFailed: '情報を読み込めませんでした。',
  retry: '再読み込み',
};

const LoadStatusTextContext = createContext<LoadStatusText>(LOAD_STATUS_TEXT_JA);

/** Gives the load notices under it the wording of the chosen language. */
export function LoadStatusTextProvider({
  text,
  children,
}: {
  text: LoadStatusText;
  children: ReactNode;
}) {
  return <LoadStatusTextContext value={text}>{children}</LoadStatusTextContext>;
}

/** A query still loading, announced politely to screen readers. */
export function LoadingNotice() {
  const { loading } = useContext(LoadStatusTextContext);
  return (
    <p role="status" className="mdg-loading">
      <RubyText>{loading}</RubyText>
    </p>
  );
}

/** A failed load: the API's own message when there is one, and a retry button. */
export function LoadFailedNotice({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { locale, loadFailed, retry } = useContext(LoadStatusTextContext);
  return (
    <Notice tone="error" title={loadFailed}>
      {isApiRequestError(error) ? (
        <p>
          <RubyText>{pickText(error.apiError.message, locale)}</RubyText>
        </p>
      ) : null}
      {onRetry ? (
        <Button variant="secondary" onClick={onRetry}>
          {retry}
        </Button>
      ) : null}
    </Notice>
  );
}
