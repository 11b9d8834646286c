import { randomUUID } from 'node:crypto';

import { Inject, Injectable } from '@nestjs/common';
import type {
  ApplicationDetail,
  ResidentApplicationDetail,
  SubmitApplicationRequest,
} from '@madoguchi/procedures-contracts';
import { addBusinessDays, japanDateOf } from '@madoguchi/shared-util-dates';
import type { ApplicationEntity } from '@madoguchi/server-database';

import { AttachmentUsageService } from '../../attachments/attachment-usage.service.js';
import { CatalogService } from '../../catalog/catalog.service.js';
import { FormRegistry } from '../../catalog/form-registry.service.js';
import type { ResidentActor } from '../../identity/actor.js';
import { assertIdentityLevel } from '../../identity/identity-level.js';
import { PERSONAL_DATA_CIPHER } from '../../infrastructure/tokens.js';
import { MetricsService } from '../../observability/metrics.service.js';
import { PersonalDataCipher } from '../../personal-data/personal-data-cipher.js';
import { applicationRecord } from '../../personal-data/sealed-record.js';
import { sealSensitiveAnswers } from '../../personal-data/sensitive-answers.js';
import { SignaturesService } from '../../signatures/signatures.service.js';
import { ApplicationContextService } from '../application-context.service.js';
import { statusChangedAnnouncement } from '../application-status-job.js';
import type { NewSubmission } from '../application.repository.js';
import { ApplicationRepository } from '../application.repository.js';
import { applicationsException } from '../applications.exception.js';
import { withFreshReceiptNumber } from '../fresh-receipt-number.js';
import { hashRequestBody } from '../request-body-hash.js';

const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9_-]{8,128}$/;

/** 送信: validates the answers with the shared form engine and stores the application. */
@Injectable()
export class SubmitApplicationUseCase {
  constructor(
    private readonly catalog: CatalogService,
    private readonly forms: FormRegistry,
    private readonly applications: ApplicationRepository,
    private readonly context: ApplicationContextService,
    @Inject(PERSONAL_DATA_CIPHER) private readonly cipher: PersonalDataCipher,
    private readonly metrics: MetricsService,
    private readonly attachments: AttachmentUsageService,
    private readonly signatures: SignaturesService,
  ) {}

  async execute(
    actor: ResidentActor,
    input: SubmitApplicationRequest,
    idempotencyKey: string | undefined,
  ): Promise<ResidentApplicationDetail> {
    if (idempotencyKey !== undefined && !IDEMPOTENCY_KEY_PATTERN.test(idempotencyKey)) {
      throw applicationsException('invalid_idempotency_key');
    }
    const procedure = await this.catalog.requireProcedure(
      input.municipalityCode,
      input.procedureId,
    );
    assertIdentityLevel(actor, procedure.identityLevel);
    // A retry of a stored submission answers with it before anything else is checked again
    // (its attachments, for one, are already linked and would look "in use").
    const previous = idempotencyKey
      ? await this.applications.findByIdempotencyKey(actor.id, idempotencyKey)
      : null;
    if (previous) {
      return this.answerRetry(previous, input);
    }
    // A version whose 施行日 has not come yet is served to nobody, so nobody submits it either.
    await this.catalog.requireVersionInForce(procedure, input.formVersion);
    const form = await this.forms.get(input.municipalityCode, input.procedureId, input.formVersion);
    const validation = form.validate(input.answers);
    if (!validation.ok) {
      this.metrics.validationRejections.inc({ code: 'invalid_answers' });
      throw applicationsException('invalid_answers', validation.issues);
    }
    const attachments = form.attachmentsIn(validation.answers);
    await this.attachments.assertAttachmentsUsable(
      actor.id,
      input.municipalityCode,
      input.procedureId,
      input.formVersion,
      attachments,
    );
    // 電子署名: when the form requires one, a verified card signature over exactly these bytes.
    const signature = await this.signatures.checkForSubmission(
      actor,
      input,
      form,
      validation.answers,
    );

    const submittedAt = new Date();
    // The id is chosen here because the sealed answers are bound to it (a draft's were bound to
    // the draft: they are sealed again from the validated answers, never carried over).
    const applicationId = randomUUID();
    const applicant = form.applicant(validation.answers);
    const { application, isNew } = await this.insertWithFreshReceiptNumber(
      {
        id: applicationId,
        municipalityCode: input.municipalityCode,
        procedureId: input.procedureId,
        formVersion: input.formVersion,
        baseFormVersion: form.definition.version,
        residentId: actor.id,
        applicantName: applicant?.name ?? actor.displayName,
        // フリガナ for the work queue's kana search, from the same answer as the name.
        applicantNameKana: applicant?.nameKana ?? null,
        // 特定個人情報 is sealed before it leaves this process; the database never sees it in clear.
        answers: sealSensitiveAnswers(
          validation.answers,
          form.sensitivePaths(validation.answers),
          this.cipher,
          applicationRecord({ id: applicationId, municipalityCode: input.municipalityCode }),
        ),
        idempotencyKey: idempotencyKey ?? null,
        idempotencyBodyHash: idempotencyKey ? hashRequestBody(input) : null,
        submittedAt,
        dueDate:
          procedure.standardProcessingDays === null
            ? null
            : addBusinessDays(japanDateOf(submittedAt), procedure.standardProcessingDays),
        submitterIdentityLevel: actor.identityLevel,
      },
      form.definition.title,
      async (manager, applicationId) => {
        await this.attachments.linkToApplication(
          manager,
          applicationId,
          attachments.flatMap((slot) => slot.ids),
        );
        if (signature) {
          await this.signatures.keep(manager, applicationId, signature);
        }
      },
    );
    if (isNew) {
      this.metrics.applicationsSubmitted.inc({
        municipality: input.municipalityCode,
        procedure: input.procedureId,
      });
    }
    return isNew
      ? this.context.toResidentDetail(application)
      : this.answerRetry(application, input);
  }

  /**
   * The same Idempotency-Key again: the stored application, if it is the same request (the same
   * body, compared by its hash; an application stored before the hash was kept, by its target).
   */
  private answerRetry(
    application: ApplicationEntity,
    input: SubmitApplicationRequest,
  ): Promise<ResidentApplicationDetail> {
    if (
      application.idempotencyBodyHash !== null &&
      application.idempotencyBodyHash !== hashRequestBody(input)
    ) {
      throw applicationsException('idempotency_key_reused');
    }
    if (
      application.procedureId !== input.procedureId ||
      application.municipalityCode !== input.municipalityCode ||
      application.formVersion !== input.formVersion
    ) {
      throw applicationsException('idempotency_key_reused');
    }
    return this.context.toResidentDetail(application);
  }

  private async insertWithFreshReceiptNumber(
    submission: Omit<NewSubmission, 'receiptNumber'>,
    title: ApplicationDetail['procedureTitle'],
    afterInsert: Parameters<ApplicationRepository['insertSubmission']>[2],
  ): Promise<{ application: ApplicationEntity; isNew: boolean }> {
    return withFreshReceiptNumber((receiptNumber) =>
      this.applications.insertSubmission(
        { ...submission, receiptNumber },
        statusChangedAnnouncement(title, 'application.submit', null),
        afterInsert,
      ),
    );
  }
}
