import { ProcedureFinder } from '../features/catalog/procedure-finder.js';
import { useLocale } from '../i18n/locale-context.js';
import { useDocumentTitle } from '../i18n/use-document-title.js';

export function HomePage() {
  const { messages } = useLocale();
  useDocumentTitle(messages.homeTitle);
  return (
    <>
      <h1>{messages.homeTitle}</h1>
      <p>{messages.homeLead}</p>
      <ProcedureFinder />
    </>
  );
}
