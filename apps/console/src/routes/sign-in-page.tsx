import { SignInPanel } from '../features/sign-in/sign-in-panel.js';
import { MESSAGES } from '../i18n/messages.js';
import { useDocumentTitle } from '../i18n/use-document-title.js';

export function SignInPage() {
  useDocumentTitle(MESSAGES.signInTitle);
  return (
    <>
      <h1>{MESSAGES.signInTitle}</h1>
      <SignInPanel />
    </>
  );
}
