import { useEffect } from 'react';
import { useLocale } from './locale-context.js';

/** Sets the page title (WCAG 2.4.2), e.g. "申請一覧 | 窓口". */
export function useDocumentTitle(title: string) {
  const { messages } = useLocale();
  const fullTitle = messages.pageTitle(title);
  useEffect(() => {
    document.title = fullTitle;
  }, [fullTitle]);
}
