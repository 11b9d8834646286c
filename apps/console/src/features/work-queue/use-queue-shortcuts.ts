import type { RefObject } from 'react';
import { useEffect } from 'react';

/** Where a key press means text, so a shortcut letter must stay a letter. */
function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) {
    return false;
  }
  return (
    target.isContentEditable ||
    // A row's checkbox takes no text: the shortcuts work on it too.
    (target instanceof HTMLInputElement && target.type !== 'checkbox') ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}

/** The link that opens each row: its first one, the 受付番号 in the row header. */
function rowLinks(table: HTMLElement): HTMLAnchorElement[] {
  return [...table.querySelectorAll('tbody tr')].flatMap((row) => {
    const link = row.querySelector<HTMLAnchorElement>('a[href]');
    return link ? [link] : [];
  });
}

/** The row of the table the focus is in, if any. */
function focusedRow(table: HTMLElement): HTMLTableRowElement | null {
  const active = document.activeElement;
  return active && table.contains(active)
    ? (active.closest<HTMLTableRowElement>('tbody tr') ?? null)
    : null;
}

/**
 * The queue's keyboard shortcuts, as in mail and issue trackers: `j` / `k` move the focus to the
 * next / previous application (its 受付番号 link, so `Enter` opens it as any link does), `x`
 * ticks or unticks its checkbox (for 一括の担当設定) and `/` jumps to the search box. They listen on the document, since the page starts with the focus on
 * the body, and stay quiet while the staff member types in a field or holds a modifier key.
 */
export function useQueueShortcuts(tableRef: RefObject<HTMLElement | null>, searchId: string): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) {
        return;
      }
      if (isTypingTarget(event.target)) {
        return;
      }
      if (event.key === '/') {
        const search = document.getElementById(searchId);
        if (search) {
          event.preventDefault();
          search.focus();
        }
        return;
      }
      const table = tableRef.current;
      if (event.key === 'x') {
        const row = table ? focusedRow(table) : null;
        const checkbox = row?.querySelector<HTMLInputElement>('input[type="checkbox"]');
        if (checkbox) {
          event.preventDefault();
          checkbox.click();
        }
        return;
      }
      if (event.key !== 'j' && event.key !== 'k') {
        return;
      }
      const links = table ? rowLinks(table) : [];
      if (links.length === 0) {
        return;
      }
      const current = links.findIndex((link) =>
        link.closest('tr')?.contains(document.activeElement),
      );
      const step = event.key === 'j' ? 1 : -1;
      const next = current === -1 ? 0 : Math.min(Math.max(current + step, 0), links.length - 1);
      event.preventDefault();
      links[next]?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [tableRef, searchId]);
}
