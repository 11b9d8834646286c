import type { FormDefinition } from '@madoguchi/forms-schema';
import type { StaffAttachment } from '@madoguchi/procedures-contracts';
import { isApiRequestError, useDownloadAttachment } from '@madoguchi/web-data-access-api';
import { Button, ButtonGroup, Notice, SummaryList } from '@madoguchi/web-ui-kit';
import { pickText } from '@madoguchi/shared-util-i18n';
import { useState } from 'react';
import { AttachmentPreview } from './attachment-preview.js';
import { useConsoleLocale } from '../../i18n/locale-context.js';
import { useReviewMessages } from './review-messages.js';

/** A size as staff read it: 245 KB, 1.2 MB. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) {
    return `${bytes} B`;
  }
  if (bytes < 1024 * 1024) {
    return `${Math.round(bytes / 1024)} KB`;
  }
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Saves a fetched file under its name, through a blob URL that lives for the click only. */
function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

function ErrorNotice({ error }: { error: unknown }) {
  const text = useReviewMessages().attachments;
  const { locale } = useConsoleLocale();
  return (
    <Notice tone="error" title={text.failed}>
      {isApiRequestError(error) ? <p>{pickText(error.apiError.message, locale)}</p> : null}
    </Notice>
  );
}

/**
 * One file with its name, type and size and what the upload removed, a 表示 that previews it
 * inline and a ダウンロード that saves it. Both fetch the bytes with the staff session (the API
 * audits each download): no URL to personal data is put in the page.
 */
function AttachmentItem({ attachment }: { attachment: StaffAttachment }) {
  const text = useReviewMessages().attachments;
  const preview = useDownloadAttachment();
  const download = useDownloadAttachment();
  const [isShown, setIsShown] = useState(false);
  const headingId = `attachment-${attachment.id}`;
  return (
    <li className="mdg-attachment">
      <p id={headingId} className="mdg-attachment__name">
        <strong>{attachment.fileName}</strong>
      </p>
      <SummaryList
        rows={[
          { key: 'type', label: text.type, value: attachment.mimeType },
          { key: 'size', label: text.size, value: formatBytes(attachment.bytes) },
          ...(attachment.removedMetadata.length > 0
            ? [
                {
                  key: 'removed',
                  label: text.removed,
                  value: attachment.removedMetadata
                    .map((item) => text.removedMetadata[item] ?? item)
                    .join('、'),
                },
              ]
            : []),
        ]}
      />
      <ButtonGroup className="mdg-no-print">
        <Button
          variant="secondary"
          aria-expanded={isShown}
          aria-describedby={headingId}
          disabled={preview.isPending}
          onClick={() => {
            if (isShown) {
              setIsShown(false);
              return;
            }
            setIsShown(true);
            if (!preview.data) {
              preview.mutate(attachment.id);
            }
          }}
        >
          {isShown ? text.hidePreview : text.preview}
        </Button>
        <Button
          variant="secondary"
          aria-describedby={headingId}
          disabled={download.isPending}
          onClick={() =>
            download.mutate(attachment.id, {
              onSuccess: (blob) => saveFile(blob, attachment.fileName),
            })
          }
        >
          {text.download}
        </Button>
      </ButtonGroup>
      {download.isError ? <ErrorNotice error={download.error} /> : null}
      {isShown ? (
        <div className="mdg-attachment-preview mdg-no-print">
          {preview.isPending ? <p className="mdg-hint">{text.loadingPreview}</p> : null}
          {preview.isError ? <ErrorNotice error={preview.error} /> : null}
          {preview.data ? (
            <AttachmentPreview
              blob={preview.data}
              fileName={attachment.fileName}
              mimeType={attachment.mimeType}
            />
          ) : null}
        </div>
      ) : null}
    </li>
  );
}

/** The application's files under the labels of their slots, in the order of the form's slots. */
export function ApplicationAttachments({
  attachments,
  definition,
}: {
  attachments: readonly StaffAttachment[];
  definition: FormDefinition;
}) {
  const text = useReviewMessages().attachments;
  const { locale } = useConsoleLocale();
  const slots = [
    ...definition.attachments.map((slot) => ({ id: slot.id, label: pickText(slot.label, locale) })),
    ...[...new Set(attachments.map((attachment) => attachment.slotId))]
      .filter((slotId) => !definition.attachments.some((slot) => slot.id === slotId))
      .map((slotId) => ({ id: slotId, label: text.otherSlot })),
  ]
    .map((slot) => ({
      ...slot,
      files: attachments.filter((attachment) => attachment.slotId === slot.id),
    }))
    .filter((slot) => slot.files.length > 0);
  return (
    <section aria-labelledby="attachments-heading">
      <h2 id="attachments-heading">{text.heading}</h2>
      {slots.length === 0 ? <p>{text.none}</p> : null}
      {slots.map((slot) => (
        <section key={slot.id} aria-labelledby={`slot-${slot.id}`}>
          <h3 id={`slot-${slot.id}`}>{slot.label}</h3>
          <ul className="mdg-attachment-list">
            {slot.files.map((attachment) => (
              <AttachmentItem key={attachment.id} attachment={attachment} />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
