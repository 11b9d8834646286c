import { Link } from '../routing/router.js';
import { useLocale } from '../i18n/locale-context.js';
import { useDocumentTitle } from '../i18n/use-document-title.js';
import { Text } from '../i18n/use-text.js';

export function NotFoundPage() {
  const { messages } = useLocale();
  useDocumentTitle(messages.notFoundTitle);
  return (
    <>
      <h1>
        <Text>{messages.notFoundTitle}</Text>
      </h1>
      <p>
        <Text>{messages.notFoundBody}</Text>
      </p>
      <p>
        <Link to="/">
          <Text>{messages.backHome}</Text>
        </Link>
      </p>
    </>
  );
}
