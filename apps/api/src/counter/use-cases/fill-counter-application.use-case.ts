import { randomUUID } from 'node:crypto';

import { Inject, Injectable } from '@nestjs/common';
import type {
  CreateCounterConfirmationRequest,
  IssuedCounterConfirmation,
} from '@madoguchi/procedures-contracts';

import { applicationsException } from '../../applications/applications.exception.js';
import { AttachmentUsageService } from '../../attachments/attachment-usage.service.js';
import { CatalogService } from '../../catalog/catalog.service.js';
import { FormRegistry } from '../../catalog/form-registry.service.js';
import type { StaffActor } from '../../identity/actor.js';
import type { Env } from '../../config/env.js';
import { ENV, PERSONAL_DATA_CIPHER } from '../../infrastructure/tokens.js';
import { PersonalDataCipher } from '../../personal-data/personal-data-cipher.js';
import { applicationRecord } from '../../personal-data/sealed-record.js';
import { sealSensitiveAnswers } from '../../personal-data/sensitive-answers.js';
import { counterException } from '../counter.exception.js';
import { CounterRepository } from '../counter.repository.js';
import { COUNTER_TOKEN_TTL_MS, generateCounterToken, hashCounterToken } from '../counter-token.js';
import { counterLinks } from '../counter-links.js';
import {
  anonymousCounterResidentId,
  counterStaffOwnerId,
  toCounterConfirmationDto,
} from '../counter-view.mapper.js';

/** When the form names no applicant (氏名), the work queue still shows a row for it. */
const UNNAMED_APPLICANT = '（窓口入力）';

/**
 * 書かない窓口, step 1: staff fill the resident's application at the counter. The answers are
 * validated by the same compiled form as a resident's submission and kept sealed until the
 * resident confirms them; nothing enters the queue yet.
 */
@Injectable()
export class FillCounterApplicationUseCase {
  constructor(
    private readonly catalog: CatalogService,
    private readonly forms: FormRegistry,
    private readonly counter: CounterRepository,
    private readonly attachments: AttachmentUsageService,
    @Inject(PERSONAL_DATA_CIPHER) private readonly cipher: PersonalDataCipher,
    @Inject(ENV) private readonly env: Env,
  ) {}

  async execute(
    actor: StaffActor,
    input: CreateCounterConfirmationRequest,
  ): Promise<IssuedCounterConfirmation> {
    const municipalityCode = actor.municipalityCode;
    await this.catalog.requireProcedure(municipalityCode, input.procedureId);
    const form = await this.forms.get(municipalityCode, input.procedureId, input.formVersion);
    const validation = form.validate(input.answers);
    if (!validation.ok) {
      throw applicationsException('invalid_answers', validation.issues);
    }
    // The files staff scanned at the counter for this form (uploaded as this staff member's), by
    // the same slot rules as a resident's; the confirmation takes them over below.
    const staffOwner = counterStaffOwnerId(actor.id);
    const attachmentIds = await this.attachments.assertAttachmentsUsable(
      staffOwner,
      municipalityCode,
      input.procedureId,
      input.formVersion,
      form.attachmentsIn(validation.answers),
    );
    const id = randomUUID();
    const applicationId = randomUUID();
    const token = generateCounterToken();
    const tokenExpiresAt = new Date(Date.now() + COUNTER_TOKEN_TTL_MS);
    const applicant = form.applicant(validation.answers);
    const pending = {
      id,
      municipalityCode,
      procedureId: input.procedureId,
      formVersion: input.formVersion,
      applicationId,
      // 特定個人情報 is sealed for the application-to-be before it leaves this process.
      answers: sealSensitiveAnswers(
        validation.answers,
        form.sensitivePaths(validation.answers),
        this.cipher,
        applicationRecord({ id: applicationId, municipalityCode }),
      ),
      applicantName: applicant?.name ?? UNNAMED_APPLICANT,
      applicantNameKana: applicant?.nameKana ?? null,
      filledByStaffId: actor.id,
      filledByStaffName: actor.displayName,
      identityCheck: input.identityCheck,
      tokenHash: hashCounterToken(token),
      tokenExpiresAt,
    };
    await this.counter.insertPending(actor, pending, (manager) =>
      this.attachments.handOver(manager, attachmentIds, staffOwner, anonymousCounterResidentId(id)),
    );
    const stored = await this.counter.findForMunicipality(municipalityCode, id);
    if (!stored) {
      throw counterException('counter_confirmation_not_found');
    }
    return {
      ...toCounterConfirmationDto(stored, {
        procedureTitle: form.definition.title,
        attachmentCount: attachmentIds.length,
      }),
      ...counterLinks(this.env.CITIZEN_APP_URL, token),
    };
  }
}
