import { useEffect } from 'react';
import { useMessages } from './locale-context.js';

/** Sets the page title (WCAG 2.4.2) in the chosen language, e.g. "作業一覧 | 窓口 職員コンソール". */
export function useDocumentTitle(title: string) {
  const fullTitle = useMessages().pageTitle(title);
  useEffect(() => {
    document.title = fullTitle;
  }, [fullTitle]);
}
