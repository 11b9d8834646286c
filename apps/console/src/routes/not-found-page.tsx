import { Link } from 'react-router';
import { MESSAGES } from '../i18n/messages.js';
import { useDocumentTitle } from '../i18n/use-document-title.js';

export function NotFoundPage() {
  useDocumentTitle(MESSAGES.notFoundTitle);
  return (
    <>
      <h1>{MESSAGES.notFoundTitle}</h1>
      <p>{MESSAGES.notFoundBody}</p>
      <p>
        <Link to="/">{MESSAGES.backToQueue}</Link>
      </p>
    </>
  );
}
