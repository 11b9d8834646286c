import { useApiClient } from '@madoguchi/web-data-access-api';
import { Notice, buttonClassName } from '@madoguchi/web-ui-kit';
import { useSearchParams } from 'react-router';

/** Why the API sent the staff member back here (its `error` parameter). */
const FAILURES: Record<string, string> = {
  login_cancelled: 'ログインを中止しました。 / The sign-in was cancelled.',
  login_failed:
    'ログインできませんでした。もう一度お試しください。 / The sign-in did not work. Please try again.',
  account_not_allowed:
    'このアカウントは職員用コンソールを使えません（住民のアカウントか、所属・権限が登録されていません）。 / This account cannot use the staff console.',
  login_unavailable:
    '認証サービスに接続できません。しばらくしてからもう一度お試しください。 / The sign-in service cannot be reached. Please try again later.',
};

function safeReturnPath(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\')
    ? value
    : '/';
}

/**
 * Sign-in for staff: one link to the API's OpenID Connect login through the console's client
 * (the provider's page is where the account is chosen), and the reason after a failed login.
 */
export function SignInPanel() {
  const client = useApiClient();
  const [searchParams] = useSearchParams();
  const failure = FAILURES[searchParams.get('error') ?? ''];
  const loginUrl = client.loginUrl('staff', safeReturnPath(searchParams.get('returnTo')));

  return (
    <>
      {failure ? <Notice tone="error" title={failure} /> : null}
      <p>
        職員の認証サービスでサインインします（開発環境ではデモ用の認証サービスで、職員アカウントを選ぶだけでサインインできます）。
      </p>
      <p>
        <a className={buttonClassName('primary')} href={loginUrl}>
          職員アカウントでサインイン / Sign in
        </a>
      </p>
    </>
  );
}
