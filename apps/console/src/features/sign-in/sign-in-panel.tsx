import { useApiClient } from '@madoguchi/web-data-access-api';
import { Notice, buttonClassName } from '@madoguchi/web-ui-kit';
import { useSearchParams } from 'react-router';
import { useMessages } from '../../i18n/locale-context.js';
import type { ConsoleMessages } from '../../i18n/messages.js';

type SignInFailureCode = keyof ConsoleMessages['signInFailures'];

/** Whether the API's `error` parameter is a reason the page can explain. */
function isSignInFailureCode(
  failures: ConsoleMessages['signInFailures'],
  code: string | null,
): code is SignInFailureCode {
  return code !== null && Object.hasOwn(failures, code);
}

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
  const messages = useMessages();
  const code = searchParams.get('error');
  const failure = isSignInFailureCode(messages.signInFailures, code)
    ? messages.signInFailures[code]
    : undefined;
  const loginUrl = client.loginUrl('staff', safeReturnPath(searchParams.get('returnTo')));

  return (
    <>
      {failure ? <Notice tone="error" title={failure} /> : null}
      <p>{messages.signInLead}</p>
      <p>
        <a className={buttonClassName('primary')} href={loginUrl}>
          {messages.signInLink}
        </a>
      </p>
    </>
  );
}
