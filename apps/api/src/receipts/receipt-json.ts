import type { CompiledForm } from '@madoguchi/forms-schema';
import type {
  ApplicationEntity,
  AttachmentEntity,
  MunicipalityEntity,
} from '@madoguchi/server-database';
import {
  canonicalJson,
  canonicalSubmission,
  sha256,
  toHex,
  type JsonValue,
} from '@madoguchi/shared-util-canonical';

/** The format tag inside the sealed bytes: a new structure gets a new tag, never a new meaning. */
export const RECEIPT_JSON_FORMAT = 'madoguchi.receipt/1';

/**
 * The receipt the municipality seals (CAdES-T over its RFC 8785 bytes): what was received, from
 * whom it does not say — no name, no answer in clear, only their digests — so the file can be
 * shown to a third party (a bank, a court) without handing over the application:
 *
 * - `answersSha256`: SHA-256 of the RFC 8785 bytes of the answers as submitted;
 * - `attachments`: each file by slot and the SHA-256 of its stored bytes, sorted as the
 *   canonical submission sorts them;
 * - `submissionSha256`: SHA-256 of the canonical submission (`madoguchi.submission/1`), the very
 *   digest a card signature covers, so a receipt and a signature can be matched.
 */
export type ReceiptJson = {
  readonly format: typeof RECEIPT_JSON_FORMAT;
  readonly municipality: { readonly code: string; readonly name: string };
  readonly procedure: { readonly id: string; readonly title: string };
  readonly receiptNumber: string;
  /** ISO 8601 UTC, to the millisecond. */
  readonly receivedAt: string;
  readonly formVersion: number;
  readonly answersSha256: string;
  readonly attachments: readonly { readonly slot: string; readonly sha256: string }[];
  readonly submissionSha256: string;
};

/** The receipt JSON of an application and its exact bytes (UTF-8 of the RFC 8785 text). */
export async function buildReceiptJson(sources: {
  readonly application: ApplicationEntity;
  readonly form: CompiledForm;
  readonly municipality: MunicipalityEntity;
  readonly attachments: readonly AttachmentEntity[];
}): Promise<{ receipt: ReceiptJson; bytes: Uint8Array }> {
  const { application, form, municipality } = sources;
  const byId = new Map(sources.attachments.map((attachment) => [attachment.id, attachment]));
  const digests = form.attachmentsIn(application.answers).flatMap((reference) =>
    reference.ids.flatMap((id) => {
      const attachment = byId.get(id);
      return attachment ? [{ slot: reference.slotId, sha256: attachment.sha256 }] : [];
    }),
  );
  const answers = application.answers as { [key: string]: JsonValue };
  const submission = await canonicalSubmission(answers, digests);
  const parsed = JSON.parse(submission.text) as { attachments: ReceiptJson['attachments'] };
  const receipt: ReceiptJson = {
    format: RECEIPT_JSON_FORMAT,
    municipality: {
      code: municipality.code,
      name: `${municipality.prefecture.ja}${municipality.name.ja}`,
    },
    procedure: { id: application.procedureId, title: form.definition.title.ja },
    receiptNumber: application.receiptNumber,
    receivedAt: application.submittedAt.toISOString(),
    formVersion: application.formVersion,
    answersSha256: toHex(await sha256(new TextEncoder().encode(canonicalJson(answers)))),
    attachments: parsed.attachments,
    submissionSha256: submission.sha256Hex,
  };
  return {
    receipt,
    bytes: new TextEncoder().encode(canonicalJson(receipt)),
  };
}
