import type { ExportFormat } from '@madoguchi/procedures-contracts';
import { EXPORT_FORMATS } from '@madoguchi/procedures-contracts';
import type { WorkQueueFilters } from '@madoguchi/web-data-access-api';
import { useApiClient } from '@madoguchi/web-data-access-api';
import { buttonClassName } from '@madoguchi/web-ui-kit';
import { useMessages } from '../../i18n/locale-context.js';

/**
 * Download links for the queue under the current filters. A plain link (not a fetch) lets the
 * browser stream a large file to disk with the name the API gives it.
 */
export function WorkQueueExport({ filters }: { filters: WorkQueueFilters }) {
  const client = useApiClient();
  const messages = useMessages();
  return (
    <div role="group" aria-labelledby="queue-export-heading" className="mdg-button-group">
      <p id="queue-export-heading" className="mdg-hint">
        {messages.exportGroup}
        <br />
        {messages.exportNote}
      </p>
      {EXPORT_FORMATS.map((format: ExportFormat) => (
        <a
          key={format}
          className={buttonClassName('secondary')}
          href={client.staffExportUrl({ ...filters, format })}
          download
        >
          {messages.exportLinks[format]}
        </a>
      ))}
    </div>
  );
}
