import { MESSAGES } from '../../i18n/messages.js';

/** The list of the queue's keyboard shortcuts, folded away until asked for. */
export function WorkQueueShortcutsHelp() {
  return (
    <details className="mdg-shortcuts">
      <summary>{MESSAGES.shortcuts.summary}</summary>
      <dl className="mdg-shortcuts__list">
        {MESSAGES.shortcuts.keys.map(({ key, action }) => (
          <div key={key} className="mdg-shortcuts__item">
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{action}</dd>
          </div>
        ))}
      </dl>
      <p className="mdg-hint">{MESSAGES.shortcuts.note}</p>
    </details>
  );
}
