import { useApiClient } from '@madoguchi/web-data-access-api';
import { Notice, buttonClassName } from '@madoguchi/web-ui-kit';
import { useSearchParams } from '../../routing/router.js';
import { useLocale } from '../../i18n/locale-context.js';
import { Text } from '../../i18n/use-text.js';
import { SIGN_IN_MESSAGES, isSignInFailure } from './sign-in-messages.js';

/** Only paths of this app (the API checks again): never bounce a resident to another origin. */
function safeReturnPath(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\')
    ? value
    : '/';
}

/**
 * Sign-in for residents: one link to the API's OpenID Connect login (a full-page navigation to
 * the identity provider and back), and the reason when the provider sent the resident back.
 */
export function SignInPanel() {
  const { locale } = useLocale();
  const client = useApiClient();
  const [searchParams] = useSearchParams();
  const messages = SIGN_IN_MESSAGES[locale];
  const failure = searchParams.get('error');
  const loginUrl = client.loginUrl('resident', safeReturnPath(searchParams.get('returnTo')));

  return (
    <>
      {isSignInFailure(failure) ? <Notice tone="error" title={messages.failures[failure]} /> : null}
      <p>
        <Text>{messages.lead}</Text>
      </p>
      <p>
        <a className={buttonClassName('primary')} href={loginUrl}>
          <Text>{messages.signInButton}</Text>
        </a>
      </p>
      <Notice tone="info">
        <p>
          <Text>{messages.levelHint}</Text>
        </p>
      </Notice>
    </>
  );
}
