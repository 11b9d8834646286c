import { isApiRequestError } from '@madoguchi/web-data-access-api';
import { Button, Notice } from '@madoguchi/web-ui-kit';
import { pickText } from '@madoguchi/shared-util-i18n';
import { useLocale } from '../../i18n/locale-context.js';
import { Text } from '../../i18n/use-text.js';

export function LoadingNotice() {
  const { messages } = useLocale();
  return (
    <p role="status" className="mdg-loading">
      <Text>{messages.loading}</Text>
    </p>
  );
}

/** A failed load: the API's own message when there is one, and a retry button. */
export function LoadFailedNotice({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { messages, locale } = useLocale();
  return (
    <Notice tone="error" title={messages.loadFailed}>
      {isApiRequestError(error) ? (
        <p>
          <Text>{pickText(error.apiError.message, locale)}</Text>
        </p>
      ) : null}
      {onRetry ? (
        <Button variant="secondary" onClick={onRetry}>
          {messages.retry}
        </Button>
      ) : null}
    </Notice>
  );
}
