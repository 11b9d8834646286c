import { AnswersView } from '@madoguchi/forms-feature-render';
import type { FormDefinition } from '@madoguchi/forms-schema';
import type {
  CounterAttachment,
  CounterConfirmationChannel,
  CounterConfirmationPreview,
  CounterConfirmationResult,
} from '@madoguchi/procedures-contracts';
import { COUNTER_CONFIRMATION_CHANNELS } from '@madoguchi/procedures-contracts';
import type { Locale } from '@madoguchi/shared-util-i18n';
import { pickText } from '@madoguchi/shared-util-i18n';
import {
  isApiRequestError,
  useConfirmCounterApplication,
  useCounterConfirmationAttachment,
  useCounterConfirmationPreview,
  useCounterConfirmationReceipt,
  useProcedureForm,
} from '@madoguchi/web-data-access-api';
import { LoadFailedNotice, LoadingNotice } from '@madoguchi/web-feature-status';
import type { SummaryListRow } from '@madoguchi/web-ui-kit';
import {
  Button,
  Notice,
  SummaryList,
  buttonClassName,
  useFocusOnChange,
} from '@madoguchi/web-ui-kit';
import { formatDateTime } from '../../i18n/format.js';
import { useMemo, useState } from 'react';
import { useLocale } from '../../i18n/locale-context.js';
import { Text } from '../../i18n/use-text.js';
import { Link } from '../../routing/router.js';
import { COUNTER_CONFIRMATION_MESSAGES } from './counter-confirmation.messages.js';
import { saveBlob, useObjectUrl } from './use-object-url.js';

/** Images a browser shows as they are (a HEIC photo or a PDF is listed, not previewed). */
const PREVIEWABLE_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);

type LinkParts = { token: string; via: CounterConfirmationChannel };

/**
 * The token and the channel of a counter's link: in the fragment (`#token=…&via=qr`), which the
 * browser never sends to a server; this page sends the token in a request body only.
 */
export function readCounterLink(hash: string): LinkParts | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const token = params.get('token');
  const via = params.get('via') ?? 'qr';
  if (token === null || !/^[A-Za-z0-9_-]{22}$/.test(token)) {
    return null;
  }
  const channel = COUNTER_CONFIRMATION_CHANNELS.find((candidate) => candidate === via);
  return channel === undefined ? null : { token, via: channel };
}

/**
 * 書かない窓口, the resident's side: what staff filled at the counter, 個人番号 masked, and one
 * clear button that submits it. No account is needed; a signed-in resident gets it in theirs.
 */
export function CounterConfirmation({ hash }: { hash: string }) {
  const { locale } = useLocale();
  const text = COUNTER_CONFIRMATION_MESSAGES[locale];
  const link = readCounterLink(hash);
  const preview = useCounterConfirmationPreview(link?.token ?? null);
  const confirm = useConfirmCounterApplication();

  if (link === null) {
    return <Notice tone="error" role="alert" title={text.missingToken} />;
  }
  if (confirm.isSuccess) {
    return <Confirmed result={confirm.data} token={link.token} />;
  }
  if (preview.isPending) {
    return <LoadingNotice />;
  }
  if (preview.isError) {
    return (
      <Notice tone="error" role="alert" title={text.loadFailed}>
        {isApiRequestError(preview.error) ? (
          <p>
            <Text>{pickText(preview.error.apiError.message, locale)}</Text>
          </p>
        ) : null}
      </Notice>
    );
  }
  return (
    <>
      <p>
        <Text>{text.lead}</Text>
      </p>
      <PreviewSummary preview={preview.data} />
      <PreviewAnswers preview={preview.data} token={link.token} />
      <p>
        <Text>{text.expiresAt(formatDateTime(preview.data.tokenExpiresAt, locale))}</Text>
      </p>
      {confirm.isError ? (
        <Notice tone="error" role="alert" title={text.failed}>
          {isApiRequestError(confirm.error) ? (
            <p>
              <Text>{pickText(confirm.error.apiError.message, locale)}</Text>
            </p>
          ) : null}
        </Notice>
      ) : null}
      <p>
        <Button disabled={confirm.isPending} onClick={() => confirm.mutate(link)}>
          {confirm.isPending ? text.confirming : text.confirm}
        </Button>
      </p>
      <p className="mdg-hint">
        <Text>{text.notRight}</Text>
      </p>
    </>
  );
}

/** The first rows of both summaries: which procedure, at which municipality. */
function applicationRows(
  application: Pick<CounterConfirmationPreview, 'procedureTitle' | 'municipalityName'>,
  locale: Locale,
): SummaryListRow[] {
  const text = COUNTER_CONFIRMATION_MESSAGES[locale];
  return [
    {
      key: 'procedure',
      label: text.procedure,
      value: <Text>{pickText(application.procedureTitle, locale)}</Text>,
    },
    { key: 'municipality', label: text.municipality, value: application.municipalityName },
  ];
}

function PreviewSummary({ preview }: { preview: CounterConfirmationPreview }) {
  const { locale } = useLocale();
  const text = COUNTER_CONFIRMATION_MESSAGES[locale];
  return (
    <SummaryList
      rows={[
        ...applicationRows(preview, locale),
        {
          key: 'identity',
          label: text.identity,
          value: text.identityMethods[preview.identityMethod],
        },
      ]}
    />
  );
}

function PreviewAnswers({
  preview,
  token,
}: {
  preview: CounterConfirmationPreview;
  token: string;
}) {
  const { locale } = useLocale();
  const text = COUNTER_CONFIRMATION_MESSAGES[locale];
  const form = useProcedureForm(preview.municipalityCode, preview.procedureId, preview.formVersion);
  const attachmentNames = useMemo(
    () => new Map(preview.attachments.map((file) => [file.id, file.fileName])),
    [preview.attachments],
  );
  return (
    <>
      <section aria-labelledby="counter-answers-heading">
        <h2 id="counter-answers-heading">{text.answersHeading}</h2>
        <p className="mdg-hint">{text.maskedNote}</p>
        {form.isPending ? <LoadingNotice /> : null}
        {form.isError ? (
          <LoadFailedNotice error={form.error} onRetry={() => void form.refetch()} />
        ) : null}
        {form.data ? (
          <AnswersView
            definition={form.data.definition}
            answers={preview.answers}
            locale={locale}
            headingLevel={3}
            attachmentNames={attachmentNames}
          />
        ) : null}
      </section>
      {form.data && form.data.definition.attachments.length > 0 ? (
        <AttachedDocuments
          definition={form.data.definition}
          attachments={preview.attachments}
          token={token}
        />
      ) : null}
    </>
  );
}

/** The files staff attached, by slot (how many each), with their type and size; images on demand. */
function AttachedDocuments({
  definition,
  attachments,
  token,
}: {
  definition: FormDefinition;
  attachments: readonly CounterAttachment[];
  token: string;
}) {
  const { locale } = useLocale();
  const text = COUNTER_CONFIRMATION_MESSAGES[locale];
  const slots = definition.attachments
    .map((slot) => ({ slot, files: attachments.filter((file) => file.slotId === slot.id) }))
    .filter(({ files }) => files.length > 0);
  return (
    <section aria-labelledby="counter-attachments-heading">
      <h2 id="counter-attachments-heading">{text.attachmentsHeading}</h2>
      {slots.length === 0 ? (
        <p>
          <Text>{text.attachmentsNone}</Text>
        </p>
      ) : (
        <>
          <p>
            <Text>{text.attachmentsLead}</Text>
          </p>
          {slots.map(({ slot, files }) => (
            <section key={slot.id} aria-labelledby={`counter-slot-${slot.id}`}>
              <h3 id={`counter-slot-${slot.id}`}>
                <Text>{`${pickText(slot.label, locale)}（${text.slotCount(files.length)}）`}</Text>
              </h3>
              <ul>
                {files.map((file) => (
                  <li key={file.id}>
                    <AttachedFile file={file} token={token} />
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
    </section>
  );
}

function fileTypeOf(mimeType: string): string {
  return (mimeType.split('/')[1] ?? mimeType).toUpperCase();
}

function sizeOf(bytes: number): string {
  return bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function AttachedFile({ file, token }: { file: CounterAttachment; token: string }) {
  const { locale } = useLocale();
  const text = COUNTER_CONFIRMATION_MESSAGES[locale];
  const [isShown, setIsShown] = useState(false);
  const image = useCounterConfirmationAttachment(token, file.id, isShown);
  const url = useObjectUrl(image.data);
  return (
    <>
      <span data-testid="counter-attachment">{file.fileName}</span>{' '}
      <span className="mdg-hint">
        {text.fileDetails(fileTypeOf(file.mimeType), sizeOf(file.bytes))}
      </span>
      {PREVIEWABLE_TYPES.has(file.mimeType) && !isShown ? (
        <>
          {' '}
          <Button variant="link" onClick={() => setIsShown(true)}>
            {text.showImage(file.fileName)}
          </Button>
        </>
      ) : null}
      {isShown && image.isPending ? <LoadingNotice /> : null}
      {image.isError ? <Notice tone="error" title={text.imageFailed} /> : null}
      {url ? (
        <img
          className="mdg-counter-attachment-preview"
          src={url}
          alt={text.imageAlt(file.fileName)}
        />
      ) : null}
    </>
  );
}

function Confirmed({ result, token }: { result: CounterConfirmationResult; token: string }) {
  const { locale } = useLocale();
  const text = COUNTER_CONFIRMATION_MESSAGES[locale];
  const ref = useFocusOnChange<HTMLDivElement>(result.receiptNumber);
  const receipt = useCounterConfirmationReceipt();
  const download = () =>
    receipt.mutate(token, {
      onSuccess: (blob) => saveBlob(blob, `${result.receiptNumber}.pdf`),
    });
  return (
    <div ref={ref} tabIndex={-1}>
      <Notice tone="success" role="status" title={text.confirmedTitle} />
      <SummaryList
        rows={[
          ...applicationRows(result, locale),
          {
            key: 'receiptNumber',
            label: text.receiptNumber,
            value: <strong data-testid="counter-receipt-number">{result.receiptNumber}</strong>,
          },
          {
            key: 'submittedAt',
            label: text.submittedAt,
            value: formatDateTime(result.submittedAt, locale),
          },
        ]}
      />
      {receipt.isError ? (
        <Notice tone="error" role="alert" title={text.receiptFailed}>
          {isApiRequestError(receipt.error) ? (
            <p>
              <Text>{pickText(receipt.error.apiError.message, locale)}</Text>
            </p>
          ) : null}
        </Notice>
      ) : null}
      <p>
        <Button disabled={receipt.isPending} onClick={download}>
          {receipt.isPending ? text.downloadingReceipt : text.downloadReceipt}
        </Button>
      </p>
      <p className="mdg-hint">
        <Text>{text.receiptUntil(formatDateTime(result.receiptAvailableUntil, locale))}</Text>
      </p>
      {result.applicationId ? (
        <p>
          <Link
            className={buttonClassName('secondary')}
            to={`/applications/${result.applicationId}/receipt`}
          >
            {text.receiptLink}
          </Link>
        </p>
      ) : (
        <>
          <p>
            <Text>{text.anonymousNote}</Text>
          </p>
          <p>
            <Button variant="secondary" onClick={() => window.print()}>
              {text.print}
            </Button>
          </p>
        </>
      )}
    </div>
  );
}
