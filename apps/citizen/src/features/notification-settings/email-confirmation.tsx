import { pickText } from '@madoguchi/shared-util-i18n';
import { isApiRequestError, useEmailConfirmation } from '@madoguchi/web-data-access-api';
import { Button, Notice } from '@madoguchi/web-ui-kit';
import { Link } from '../../routing/router.js';
import { useLocale } from '../../i18n/locale-context.js';
import { Text } from '../../i18n/use-text.js';
import { EMAIL_CONFIRMATION_MESSAGES } from './email-confirmation.messages.js';

/** The token of the confirmation link: in the fragment (`#token=`), never sent to a server but here. */
function tokenFrom(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return token !== null && /^[A-Za-z0-9_-]{43}$/.test(token) ? token : null;
}

/**
 * What a confirmation mail's link opens: the resident (or the person a proxy form named) confirms
 * or declines the address. A button, not the page load, confirms: a mail scanner that opens the
 * link confirms nothing.
 */
export function EmailConfirmation({ hash }: { hash: string }) {
  const { locale } = useLocale();
  const text = EMAIL_CONFIRMATION_MESSAGES[locale];
  const confirmation = useEmailConfirmation();
  const token = tokenFrom(hash);
  if (token === null) {
    return <Notice tone="error" role="alert" title={text.missingToken} />;
  }
  if (confirmation.isSuccess) {
    const result = confirmation.data;
    const message =
      result.status === 'declined'
        ? text.declined
        : result.ownerKind === 'resident'
          ? text.confirmed
          : text.confirmedSubject;
    return (
      <>
        <Notice tone="success" role="status" title={message} />
        {result.ownerKind === 'resident' ? (
          <p>
            <Link to="/notifications/settings">{text.settingsLink}</Link>
          </p>
        ) : null}
      </>
    );
  }
  return (
    <>
      <p>
        <Text>{text.lead}</Text>
      </p>
      <p>
        <Button
          disabled={confirmation.isPending}
          onClick={() => confirmation.mutate({ action: 'confirm', token })}
        >
          {text.confirm}
        </Button>{' '}
        <Button
          variant="secondary"
          disabled={confirmation.isPending}
          onClick={() => confirmation.mutate({ action: 'decline', token })}
        >
          {text.decline}
        </Button>
      </p>
      <p>
        <Text>{text.declineHint}</Text>
      </p>
      {confirmation.isError ? (
        <Notice tone="error" role="alert" title={text.failed}>
          {isApiRequestError(confirmation.error) ? (
            <p>
              <Text>{pickText(confirmation.error.apiError.message, locale)}</Text>
            </p>
          ) : null}
        </Notice>
      ) : null}
    </>
  );
}
