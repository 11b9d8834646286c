import { VerifySeal } from '../features/verify/verify-seal.js';
import { VERIFY_MESSAGES } from '../features/verify/verify.messages.js';
import { useLocale } from '../i18n/locale-context.js';
import { useDocumentTitle } from '../i18n/use-document-title.js';

/** The public page that checks a sealed 控え or 決定通知書 (no sign-in needed). */
export function VerifyPage() {
  const { locale } = useLocale();
  const title = VERIFY_MESSAGES[locale].title;
  useDocumentTitle(title);
  return (
    <>
      <h1>{title}</h1>
      <VerifySeal />
    </>
  );
}
