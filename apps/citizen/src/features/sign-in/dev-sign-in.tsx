import { pickText } from '@madoguchi/shared-util-i18n';
import { isApiRequestError, useDevAccounts, useDevSignIn } from '@madoguchi/web-data-access-api';
import { Button, Notice } from '@madoguchi/web-ui-kit';
import { useNavigate, useSearchParams } from 'react-router';
import { useLocale } from '../../i18n/locale-context.js';
import { LoadFailedNotice, LoadingNotice } from '../layout/query-status.js';

/** Only same-site paths: never bounce a resident to another origin after sign-in. */
function safeReturnPath(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') ? value : '/';
}

/**
 * The development sign-in: one button per demo resident. Real sign-in (OIDC with the My Number
 * Card) replaces this folder only.
 */
export function DevSignIn() {
  const { messages, locale } = useLocale();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const accounts = useDevAccounts();
  const signIn = useDevSignIn();

  const signInAs = async (accountId: string) => {
    await signIn.mutateAsync(accountId);
    await navigate(safeReturnPath(searchParams.get('returnTo')), { replace: true });
  };

  if (accounts.isPending) {
    return <LoadingNotice />;
  }
  if (accounts.isError) {
    return <LoadFailedNotice error={accounts.error} onRetry={() => void accounts.refetch()} />;
  }
  const residents = accounts.data.filter((account) => account.kind === 'resident');
  return (
    <>
      {signIn.isError ? (
        <Notice tone="error" title={messages.loadFailed}>
          {isApiRequestError(signIn.error) ? (
            <p>{pickText(signIn.error.apiError.message, locale)}</p>
          ) : null}
        </Notice>
      ) : null}
      <p>{messages.signInLead}</p>
      <ul className="mdg-account-list">
        {residents.map((account) => (
          <li key={account.id}>
            <Button
              disabled={signIn.isPending}
              onClick={() => void signInAs(account.id).catch(() => undefined)}
            >
              {messages.signInAs(account.displayName)}
            </Button>
            <p className="mdg-hint">{account.description}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
