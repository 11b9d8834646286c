import { useMessages } from '../../i18n/locale-context.js';
import { useBulkAssignMessages } from './bulk-assign-messages.js';

/** The list of the queue's keyboard shortcuts, folded away until asked for. */
export function WorkQueueShortcutsHelp() {
  const messages = useMessages();
  const { shortcutToggle } = useBulkAssignMessages();
  return (
    <details className="mdg-shortcuts">
      <summary>{messages.shortcuts.summary}</summary>
      <dl className="mdg-shortcuts__list">
        {[...messages.shortcuts.keys, shortcutToggle].map(({ key, action }) => (
          <div key={key} className="mdg-shortcuts__item">
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{action}</dd>
          </div>
        ))}
      </dl>
      <p className="mdg-hint">{messages.shortcuts.note}</p>
    </details>
  );
}
