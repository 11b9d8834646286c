import { useLocation } from '../routing/router.js';

import { EmailConfirmation } from '../features/notification-settings/email-confirmation.js';
import { EMAIL_CONFIRMATION_MESSAGES } from '../features/notification-settings/email-confirmation.messages.js';
import { useLocale } from '../i18n/locale-context.js';
import { useDocumentTitle } from '../i18n/use-document-title.js';

/** The landing page of a confirmation mail (no sign-in: a third party has no account). */
export function EmailConfirmationPage() {
  const { locale } = useLocale();
  const { hash } = useLocation();
  const title = EMAIL_CONFIRMATION_MESSAGES[locale].title;
  useDocumentTitle(title);
  return (
    <>
      <h1>{title}</h1>
      <EmailConfirmation hash={hash} />
    </>
  );
}
