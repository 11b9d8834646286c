import { AnswersView } from '@madoguchi/forms-feature-render';
import type {
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
  useCounterConfirmationPreview,
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
import { useLocale } from '../../i18n/locale-context.js';
import { Text } from '../../i18n/use-text.js';
import { Link } from '../../routing/router.js';
import { COUNTER_CONFIRMATION_MESSAGES } from './counter-confirmation.messages.js';

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
    return <Confirmed result={confirm.data} />;
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
      <PreviewAnswers preview={preview.data} />
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

function PreviewAnswers({ preview }: { preview: CounterConfirmationPreview }) {
  const { locale } = useLocale();
  const text = COUNTER_CONFIRMATION_MESSAGES[locale];
  const form = useProcedureForm(preview.municipalityCode, preview.procedureId, preview.formVersion);
  return (
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
        />
      ) : null}
    </section>
  );
}

function Confirmed({ result }: { result: CounterConfirmationResult }) {
  const { locale } = useLocale();
  const text = COUNTER_CONFIRMATION_MESSAGES[locale];
  const ref = useFocusOnChange<HTMLDivElement>(result.receiptNumber);
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
      {result.applicationId ? (
        <p>
          <Link
            className={buttonClassName('primary')}
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
