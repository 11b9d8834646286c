import { isApiRequestError } from '@madoguchi/web-data-access-api';
import { Button, Notice } from '@madoguchi/web-ui-kit';
import { MESSAGES } from '../../i18n/messages.js';

export function LoadingNotice() {
  return (
    <p role="status" className="mdg-loading">
      {MESSAGES.loading}
    </p>
  );
}

export function LoadFailedNotice({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return (
    <Notice tone="error" title={MESSAGES.loadFailed}>
      {isApiRequestError(error) ? <p>{error.apiError.message.ja}</p> : null}
      {onRetry ? (
        <Button variant="secondary" onClick={onRetry}>
          {MESSAGES.retry}
        </Button>
      ) : null}
    </Notice>
  );
}
