import type { SealVerification } from '@madoguchi/procedures-contracts';
import { pickText } from '@madoguchi/shared-util-i18n';
import {
  isApiRequestError,
  useVerifySealedPdf,
  useVerifySealedReceipt,
} from '@madoguchi/web-data-access-api';
import type { NoticeTone } from '@madoguchi/web-ui-kit';
import { Button, Notice, SummaryList, TextInput } from '@madoguchi/web-ui-kit';
import { useState, type FormEvent } from 'react';

import { formatDateTime } from '../../i18n/format.js';
import { useLocale } from '../../i18n/locale-context.js';
import { Text } from '../../i18n/use-text.js';
import { VERIFY_MESSAGES } from './verify.messages.js';

const TONE: Record<SealVerification['verdict'], NoticeTone> = {
  valid: 'success',
  modified: 'error',
  unknown_sealer: 'warning',
  not_sealed: 'warning',
  invalid: 'error',
};

/** The file chosen in a form's file input, or null when none (or an empty one) is. */
function chosenFile(form: HTMLFormElement, name: string): File | null {
  const input = form.elements.namedItem(name);
  const file = input instanceof HTMLInputElement ? input.files?.[0] : undefined;
  return file && file.size > 0 ? file : null;
}

/** A file's bytes, through FileReader (every browser the citizen app supports has it). */
function readBytes(file: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsArrayBuffer(file);
  });
}

/** Base64 of a file's bytes (the seal travels in a JSON body). */
async function toBase64(file: Blob): Promise<string> {
  let binary = '';
  for (const byte of await readBytes(file)) {
    binary += String.fromCharCode(byte);
  }
  return btoa(binary);
}

/**
 * The public check of a sealed 控え or 決定通知書: upload the PDF, or give the 受付番号 with the
 * receipt JSON and its seal. The answer shows only what the file holds: who sealed it (from the
 * seal certificate) and when (the timestamp).
 */
export function VerifySeal() {
  const { locale } = useLocale();
  const text = VERIFY_MESSAGES[locale];
  const verifyPdf = useVerifySealedPdf();
  const verifyReceipt = useVerifySealedReceipt();
  const [pdfError, setPdfError] = useState<string | undefined>();
  const [receiptError, setReceiptError] = useState<string | undefined>();

  function onSubmitPdf(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = chosenFile(event.currentTarget, 'pdf');
    if (!file) {
      setPdfError(text.chooseFile);
      return;
    }
    setPdfError(undefined);
    verifyReceipt.reset();
    verifyPdf.mutate(file);
  }

  async function onSubmitReceipt(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const number = form.get('receiptNumber');
    const receiptNumber = typeof number === 'string' ? number.trim() : '';
    const receipt = chosenFile(event.currentTarget, 'receipt');
    const seal = chosenFile(event.currentTarget, 'seal');
    if (receiptNumber === '' || !receipt || !seal) {
      setReceiptError(text.missingReceipt);
      return;
    }
    setReceiptError(undefined);
    verifyPdf.reset();
    verifyReceipt.mutate({
      receiptNumber,
      receipt: new TextDecoder().decode(await readBytes(receipt)),
      seal: await toBase64(seal),
    });
  }

  const active = verifyPdf.isIdle ? verifyReceipt : verifyPdf;
  const isPending = verifyPdf.isPending || verifyReceipt.isPending;

  return (
    <>
      <p>
        <Text>{text.lead}</Text>
      </p>
      <p>
        <Text>{text.privacyNote}</Text>
      </p>
      <section aria-labelledby="verify-pdf-heading">
        <h2 id="verify-pdf-heading">
          <Text>{text.pdfHeading}</Text>
        </h2>
        <form onSubmit={onSubmitPdf} noValidate>
          <fieldset disabled={isPending}>
            <TextInput
              id="verify-pdf"
              name="pdf"
              type="file"
              accept="application/pdf,.pdf"
              label={<Text>{text.pdfLabel}</Text>}
              hint={<Text>{text.pdfHint}</Text>}
              error={pdfError}
              isRequired
            />
            <Button type="submit">{verifyPdf.isPending ? text.checking : text.check}</Button>
          </fieldset>
        </form>
      </section>
      <section aria-labelledby="verify-receipt-heading">
        <h2 id="verify-receipt-heading">
          <Text>{text.receiptHeading}</Text>
        </h2>
        <p>
          <Text>{text.receiptLead}</Text>
        </p>
        <form onSubmit={(event) => void onSubmitReceipt(event)} noValidate>
          <fieldset disabled={isPending}>
            <TextInput
              id="verify-receipt-number"
              name="receiptNumber"
              label={<Text>{text.receiptNumberLabel}</Text>}
              width="medium"
              autoComplete="off"
              error={receiptError}
              isRequired
            />
            <TextInput
              id="verify-receipt-file"
              name="receipt"
              type="file"
              accept="application/json,.json"
              label={<Text>{text.receiptFileLabel}</Text>}
              isRequired
            />
            <TextInput
              id="verify-seal-file"
              name="seal"
              type="file"
              accept=".p7s,application/pkcs7-signature"
              label={<Text>{text.sealFileLabel}</Text>}
              isRequired
            />
            <Button type="submit" variant="secondary">
              {verifyReceipt.isPending ? text.checking : text.check}
            </Button>
          </fieldset>
        </form>
      </section>
      <div aria-live="polite">
        {active.isSuccess ? <VerifyResult result={active.data} /> : null}
        {active.isError ? (
          <Notice tone="error" role="alert" title={text.failed}>
            {isApiRequestError(active.error) ? (
              <p>
                <Text>{pickText(active.error.apiError.message, locale)}</Text>
              </p>
            ) : null}
          </Notice>
        ) : null}
      </div>
    </>
  );
}

function VerifyResult({ result }: { result: SealVerification }) {
  const { locale } = useLocale();
  const text = VERIFY_MESSAGES[locale];
  const verdict = text.verdicts[result.verdict];
  const rows = [
    ...(result.sealer
      ? [
          {
            key: 'sealer',
            label: text.sealer,
            value: `${result.sealer.office}（${result.sealer.municipality}）`,
          },
        ]
      : []),
    ...(result.sealedAt
      ? [{ key: 'sealedAt', label: text.sealedAt, value: formatDateTime(result.sealedAt, locale) }]
      : []),
  ];
  return (
    <Notice tone={TONE[result.verdict]} title={verdict.title}>
      <p>
        <Text>{verdict.body}</Text>
      </p>
      {rows.length > 0 ? <SummaryList rows={rows} /> : null}
      {result.receiptNumberMatches === false ? (
        <p>
          <Text>{text.receiptNumberMismatch}</Text>
        </p>
      ) : null}
    </Notice>
  );
}
