import type { AnswerSection, CompiledForm } from '@madoguchi/forms-schema';
import { buildAnswerSections, formatIsoDate } from '@madoguchi/forms-schema';
import type { ProcedureContact } from '@madoguchi/procedures-contracts';
import type {
  ApplicationEntity,
  AttachmentEntity,
  MunicipalityEntity,
} from '@madoguchi/server-database';

import { maskSensitiveAnswers } from '../personal-data/sensitive-answers.js';

/** One file sent with the application, as the 控え lists it (the hash lets anyone check the file later). */
export type ReceiptAttachment = {
  slotLabel: string;
  fileName: string;
  bytes: number;
  sha256: string;
};

/** What a PDF 控え says, in Japanese (the authoritative language of a municipal record). */
export type ReceiptDocument = {
  procedureTitle: string;
  municipalityName: string;
  receiptNumber: string;
  /** The receipt time in Japan time, e.g. 2026年12月2日 19:50. */
  receivedAt: string;
  applicantName: string;
  formVersion: number;
  sections: AnswerSection[];
  attachments: ReceiptAttachment[];
  nextSteps: string[];
  contact: {
    department: string;
    phone: string;
    email: string | null;
    hours: string | null;
    address: string | null;
  } | null;
};

export type ReceiptSources = {
  application: ApplicationEntity;
  form: CompiledForm;
  municipality: MunicipalityEntity;
  attachments: readonly AttachmentEntity[];
  contact: ProcedureContact | null;
};

const RECEIVED_AT_FORMAT = new Intl.DateTimeFormat('ja-JP', {
  timeZone: 'Asia/Tokyo',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The legal receipt time is the server's, in JST whatever the server's own time zone. */
export function formatReceivedAt(date: Date): string {
  return RECEIVED_AT_FORMAT.format(date);
}

function toAttachments(sources: ReceiptSources): ReceiptAttachment[] {
  const { form, application } = sources;
  const byId = new Map(sources.attachments.map((attachment) => [attachment.id, attachment]));
  const slotLabels = new Map(form.definition.attachments.map((slot) => [slot.id, slot.label.ja]));
  // The files the answers hold now (a resubmission may have replaced some), in form order.
  return form.attachmentsIn(application.answers).flatMap((reference) =>
    reference.ids.flatMap((id) => {
      const attachment = byId.get(id);
      return attachment
        ? [
            {
              slotLabel: slotLabels.get(reference.slotId) ?? reference.slotId,
              fileName: attachment.fileName,
              bytes: attachment.bytes,
              sha256: attachment.sha256,
            },
          ]
        : [];
    }),
  );
}

function toNextSteps(sources: ReceiptSources): string[] {
  const { form, application } = sources;
  const office = sources.contact?.department.ja ?? `${sources.municipality.name.ja}の担当課`;
  const days = form.definition.standardProcessingDays;
  const steps = [`${office}が申請の内容を確認します。`];
  if (days !== undefined) {
    steps.push(
      application.dueDate
        ? `標準処理期間は開庁日で${days}日です（${formatIsoDate(application.dueDate, 'ja')}ごろまで）。`
        : `標準処理期間は開庁日で${days}日です。`,
    );
  }
  steps.push(
    '内容に不足や誤りがあるときは、補正のお願い（補正依頼）をお送りします。',
    '審査の状況と結果は、「申請一覧」と「お知らせ」でご確認いただけます。',
    'お問い合わせの際は、受付番号をお伝えください。',
  );
  return steps;
}

/**
 * The content of the 控え of an application: every answer in the form's order under the labels
 * of its form version, 個人番号 masked as on the confirmation page, hidden and unanswered fields
 * left out, the files with their SHA-256, what happens next and whom to ask.
 */
export function buildReceiptDocument(sources: ReceiptSources): ReceiptDocument {
  const { application, form, municipality, contact } = sources;
  const fileNames = new Map(
    sources.attachments.map((attachment) => [attachment.id, attachment.fileName]),
  );
  const answers = maskSensitiveAnswers(
    application.answers,
    form.sensitivePaths(application.answers),
  );
  return {
    procedureTitle: form.definition.title.ja,
    municipalityName: `${municipality.prefecture.ja}${municipality.name.ja}`,
    receiptNumber: application.receiptNumber,
    receivedAt: formatReceivedAt(application.submittedAt),
    applicantName: application.applicantName,
    formVersion: application.formVersion,
    sections: buildAnswerSections(form.definition, answers, {
      locale: 'ja',
      omitUnanswered: true,
      attachmentName: (id) => fileNames.get(id),
    }),
    attachments: toAttachments(sources),
    nextSteps: toNextSteps(sources),
    contact: contact
      ? {
          department: contact.department.ja,
          phone: contact.phone,
          email: contact.email ?? null,
          hours: contact.hours?.ja ?? null,
          address: contact.address?.ja ?? null,
        }
      : null,
  };
}
