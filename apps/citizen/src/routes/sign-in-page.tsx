import { SignInPanel } from '../features/sign-in/sign-in-panel.js';
import { useLocale } from '../i18n/locale-context.js';
import { useDocumentTitle } from '../i18n/use-document-title.js';
import { Text } from '../i18n/use-text.js';

export function SignInPage() {
  const { messages } = useLocale();
  useDocumentTitle(messages.signInTitle);
  return (
    <>
      <h1>
        <Text>{messages.signInTitle}</Text>
      </h1>
      <SignInPanel />
    </>
  );
}
