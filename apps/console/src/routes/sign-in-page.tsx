import { SignInPanel } from '../features/sign-in/sign-in-panel.js';
import { useMessages } from '../i18n/locale-context.js';
import { useDocumentTitle } from '../i18n/use-document-title.js';

export function SignInPage() {
  const messages = useMessages();
  useDocumentTitle(messages.signInTitle);
  return (
    <>
      <h1>{messages.signInTitle}</h1>
      <SignInPanel />
    </>
  );
}
