import { Link } from 'react-router';
import { useMessages } from '../i18n/locale-context.js';
import { useDocumentTitle } from '../i18n/use-document-title.js';

export function NotFoundPage() {
  const messages = useMessages();
  useDocumentTitle(messages.notFoundTitle);
  return (
    <>
      <h1>{messages.notFoundTitle}</h1>
      <p>{messages.notFoundBody}</p>
      <p>
        <Link to="/">{messages.backToQueue}</Link>
      </p>
    </>
  );
}
