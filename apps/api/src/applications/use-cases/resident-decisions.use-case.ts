import { Inject, Injectable } from '@nestjs/common';
import type {
  ResidentApplicationDetail,
  ResubmitApplicationRequest,
  WithdrawApplicationRequest,
} from '@madoguchi/procedures-contracts';
import type { ApplicationStatus } from '@madoguchi/procedures-domain';
import { findTransition } from '@madoguchi/procedures-domain';
import { addBusinessDays, japanDateOf } from '@madoguchi/shared-util-dates';
import type { ApplicationEntity } from '@madoguchi/server-database';

import { AttachmentUsageService } from '../../attachments/attachment-usage.service.js';
import type { ResidentActor } from '../../identity/actor.js';
import { PERSONAL_DATA_CIPHER } from '../../infrastructure/tokens.js';
import { PersonalDataCipher } from '../../personal-data/personal-data-cipher.js';
import { applicationRecord } from '../../personal-data/sealed-record.js';
import {
  findSealedAnswers,
  maskValue,
  sealSensitiveAnswers,
} from '../../personal-data/sensitive-answers.js';
import { ApplicationContextService } from '../application-context.service.js';
import { statusChangedAnnouncement } from '../application-status-job.js';
import { ApplicationRepository } from '../application.repository.js';
import { applicationsException, fieldNotOpenForCorrection } from '../applications.exception.js';
import {
  businessDaysBetween,
  changedAnswerPaths,
  isOpenForCorrection,
  readAnswer,
  writeAnswer,
} from '../correction/correction-scope.js';
import { openSealedAnswers } from '../correction/open-sealed-answers.js';

/**
 * The resident's own moves: 再送信 after a 補正依頼 (with replaced or added files), and 取下げ
 * before a decision.
 */
@Injectable()
export class ResidentDecisionsUseCase {
  constructor(
    private readonly context: ApplicationContextService,
    private readonly applications: ApplicationRepository,
    @Inject(PERSONAL_DATA_CIPHER) private readonly cipher: PersonalDataCipher,
    private readonly attachments: AttachmentUsageService,
  ) {}

  async resubmit(
    actor: ResidentActor,
    applicationId: string,
    input: ResubmitApplicationRequest,
  ): Promise<ResidentApplicationDetail> {
    const application = await this.requireOwn(actor, applicationId, 'resubmitted');
    const form = await this.context.formOf(application);
    const flagged = application.correctionFields;
    const sealed = findSealedAnswers(application.answers);
    const previous = openSealedAnswers(
      application.answers,
      sealed,
      this.cipher,
      applicationRecord(application),
    );
    const answers = structuredClone(input.answers);
    // The browser never gets a 個人番号 back: absent (or still masked) means "as it was", unless
    // the office asked for it again and the resident cleared it.
    for (const { path, sealed: value } of sealed) {
      const sent = readAnswer(answers, path);
      if (
        sent === maskValue(value) ||
        (sent === undefined && !isOpenForCorrection(path, flagged))
      ) {
        writeAnswer(answers, path, readAnswer(previous, path));
      }
    }
    // Validated against the version the application was filled in, like the first submission.
    const validation = form.validate(answers);
    if (!validation.ok) {
      throw applicationsException('invalid_answers', validation.issues);
    }
    // Compared once normalised, so 03-1234-5678 and 0312345678 are the same answer.
    const changedPaths = changedAnswerPaths(previous, validation.answers);
    const closed = changedPaths.filter((path) => !isOpenForCorrection(path, flagged));
    if (closed.length > 0) {
      throw applicationsException(
        'field_not_open_for_correction',
        closed.map(fieldNotOpenForCorrection),
      );
    }
    // The files asked for again: kept ones stay, new uploads are linked in the same transaction.
    const newFiles = await this.attachments.assertAttachmentsUsable(
      actor.id,
      application.municipalityCode,
      application.procedureId,
      application.formVersion,
      form.attachmentsIn(validation.answers),
      application.id,
    );
    const updated = await this.applications.applyStatusChange(
      {
        application,
        to: 'resubmitted',
        actor,
        comment: null,
        messageToResident: null,
        patch: {
          answers: sealSensitiveAnswers(
            validation.answers,
            form.sensitivePaths(validation.answers),
            this.cipher,
            applicationRecord(application),
          ),
          correctionFields: [],
          correctionMessages: {},
          dueDate: await this.dueDateAfterCorrection(application),
        },
        inTransaction: async (manager, stored) => {
          await this.attachments.linkToApplication(manager, application.id, newFiles);
          await this.applications.keepFirstAnswerVersion(manager, application);
          await this.applications.insertAnswerVersion(manager, stored, changedPaths);
        },
      },
      statusChangedAnnouncement(form.definition.title, 'application.resubmit', application.status),
    );
    if (!updated) {
      throw applicationsException('transition_not_allowed');
    }
    return this.context.toResidentDetail(updated);
  }

  async withdraw(
    actor: ResidentActor,
    applicationId: string,
    input: WithdrawApplicationRequest,
  ): Promise<ResidentApplicationDetail> {
    const application = await this.requireOwn(actor, applicationId, 'withdrawn');
    const form = await this.context.formOf(application);
    const updated = await this.applications.applyStatusChange(
      {
        application,
        to: 'withdrawn',
        actor,
        comment: input.reason?.trim() || null,
        messageToResident: null,
      },
      statusChangedAnnouncement(form.definition.title, 'application.withdraw', application.status),
    );
    if (!updated) {
      throw applicationsException('transition_not_allowed');
    }
    return this.context.toResidentDetail(updated);
  }

  /**
   * 行政手続法第7条: the time a 補正依頼 waits for the resident is not part of the 標準処理期間,
   * so the due date moves by the business days from the request to this resubmission.
   */
  private async dueDateAfterCorrection(application: ApplicationEntity): Promise<string | null> {
    if (application.dueDate === null) {
      return null;
    }
    const events = await this.applications.listEvents(application.id);
    const request = events.filter((event) => event.toStatus === 'correction_requested').at(-1);
    if (!request) {
      return application.dueDate;
    }
    const waited = businessDaysBetween(japanDateOf(request.occurredAt), japanDateOf(new Date()));
    return addBusinessDays(application.dueDate, waited);
  }

  private async requireOwn(actor: ResidentActor, applicationId: string, to: ApplicationStatus) {
    const application = await this.applications.findForResident(actor.id, applicationId);
    if (!application) {
      throw applicationsException('application_not_found');
    }
    if (!findTransition(application.status as ApplicationStatus, to, 'resident')) {
      throw applicationsException('transition_not_allowed');
    }
    return application;
  }
}
