import { ProcedureFinder } from '../features/catalog/procedure-finder.js';
import { useLocale } from '../i18n/locale-context.js';
import { useDocumentTitle } from '../i18n/use-document-title.js';
import { Text } from '../i18n/use-text.js';

export function HomePage() {
  const { messages } = useLocale();
  useDocumentTitle(messages.homeTitle);
  return (
    <>
      <h1>
        <Text>{messages.homeTitle}</Text>
      </h1>
      <p>
        <Text>{messages.homeLead}</Text>
      </p>
      <ProcedureFinder />
    </>
  );
}
