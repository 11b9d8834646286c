import { useEffect } from 'react';
import { MESSAGES } from './messages.js';

/** Sets the page title (WCAG 2.4.2), e.g. "作業一覧 | 窓口 職員コンソール". */
export function useDocumentTitle(title: string) {
  const fullTitle = MESSAGES.pageTitle(title);
  useEffect(() => {
    document.title = fullTitle;
  }, [fullTitle]);
}
