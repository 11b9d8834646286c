import { CounterConfirmation } from '../features/counter-confirmation/counter-confirmation.js';
import { COUNTER_CONFIRMATION_MESSAGES } from '../features/counter-confirmation/counter-confirmation.messages.js';
import { useLocale } from '../i18n/locale-context.js';
import { useDocumentTitle } from '../i18n/use-document-title.js';
import { useLocation } from '../routing/router.js';

/** The page a counter's QR code or second screen opens (no sign-in needed: the link is the key). */
export function CounterConfirmationPage() {
  const { locale } = useLocale();
  const { hash } = useLocation();
  const title = COUNTER_CONFIRMATION_MESSAGES[locale].title;
  useDocumentTitle(title);
  return (
    <>
      <h1>{title}</h1>
      <CounterConfirmation hash={hash} />
    </>
  );
}
