import { isApiRequestError, useDevAccounts, useDevSignIn } from '@madoguchi/web-data-access-api';
import { Button, Notice } from '@madoguchi/web-ui-kit';
import { useNavigate, useSearchParams } from 'react-router';
import { MESSAGES } from '../../i18n/messages.js';
import { LoadFailedNotice, LoadingNotice } from '../layout/query-status.js';

function safeReturnPath(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') ? value : '/';
}

/** The development sign-in for staff: one button per demo staff account (OIDC replaces this folder). */
export function DevSignIn() {
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
  const staff = accounts.data.filter((account) => account.kind === 'staff');
  return (
    <>
      {signIn.isError ? (
        <Notice tone="error" title={MESSAGES.loadFailed}>
          {isApiRequestError(signIn.error) ? <p>{signIn.error.apiError.message.ja}</p> : null}
        </Notice>
      ) : null}
      <p>{MESSAGES.signInLead}</p>
      <ul className="mdg-account-list">
        {staff.map((account) => (
          <li key={account.id}>
            <Button
              disabled={signIn.isPending}
              onClick={() => void signInAs(account.id).catch(() => undefined)}
            >
              {MESSAGES.signInAs(account.displayName)}
            </Button>
            <p className="mdg-hint">{account.description}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
