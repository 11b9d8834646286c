import { Inject, Injectable } from '@nestjs/common';
import type { CompiledForm } from '@madoguchi/forms-schema';
import type { ApplicationDetail, ResidentApplicationDetail } from '@madoguchi/procedures-contracts';
import type { DecisionRecordKind } from '@madoguchi/procedures-domain';
import type { ApplicationEntity, ProcedureEntity } from '@madoguchi/server-database';
import type { RuleBook } from '@madoguchi/server-notification-rules';

import { AttachmentAccessService } from '../attachments/attachment-access.service.js';
import { CatalogService } from '../catalog/catalog.service.js';
import { FormRegistry } from '../catalog/form-registry.service.js';
import { toCounterAssistance } from '../counter/counter-view.mapper.js';
import { RULE_BOOK } from '../infrastructure/tokens.js';
import {
  toAnswerVersionDtos,
  toDetailDto,
  toResidentDetailDto,
} from './application-view.mapper.js';
import { ApplicationRepository } from './application.repository.js';

/** What every use case needs around an application: its form version and its procedure. */
@Injectable()
export class ApplicationContextService {
  constructor(
    private readonly catalog: CatalogService,
    private readonly forms: FormRegistry,
    private readonly applications: ApplicationRepository,
    private readonly attachments: AttachmentAccessService,
    @Inject(RULE_BOOK) private readonly ruleBook: RuleBook,
  ) {}

  formOf(application: ApplicationEntity): Promise<CompiledForm> {
    return this.forms.get(
      application.municipalityCode,
      application.procedureId,
      application.formVersion,
    );
  }

  procedureOf(application: ApplicationEntity): Promise<ProcedureEntity> {
    return this.catalog.findProcedureIncludingDisabled(
      application.municipalityCode,
      application.procedureId,
    );
  }

  /**
   * The decision record staff give when they complete an application of this procedure: declared
   * with the life records it feeds (`seeds/notification-rules/life-record-sources.json`).
   */
  decisionRecordKindOf(application: ApplicationEntity): DecisionRecordKind | null {
    return this.ruleBook.decisionRecordKind(application.procedureId);
  }

  /** The resident's own view of their application (no staff-only data), after any change of theirs. */
  async toResidentDetail(application: ApplicationEntity): Promise<ResidentApplicationDetail> {
    const [form, events] = await Promise.all([
      this.formOf(application),
      this.applications.listEvents(application.id),
    ]);
    return toResidentDetailDto(application, events, form, this.decisionRecordKindOf(application));
  }

  /**
   * The detail as staff see it: with every submitted version of the answers and what changed, the
   * files with their slots, the 本人確認レベル the procedure required and the one the resident had.
   */
  async toStaffDetail(application: ApplicationEntity): Promise<ApplicationDetail> {
    const [detail, form, versions, attachments, procedure] = await Promise.all([
      this.toDetail(application),
      this.formOf(application),
      this.applications.listAnswerVersions(application.id),
      this.attachments.describeOfApplication(application.id),
      this.procedureOf(application),
    ]);
    // A file replaced in a resubmission stays linked, on record; the detail shows what the answers name.
    const named = new Set(form.attachmentsIn(application.answers).flatMap((found) => found.ids));
    return {
      ...detail,
      answerVersions: toAnswerVersionDtos(versions, form),
      attachments: attachments.filter((attachment) => named.has(attachment.id)),
      identityLevel: procedure.identityLevel,
      ...(application.submitterIdentityLevel
        ? { submitterIdentityLevel: application.submitterIdentityLevel }
        : {}),
      counterAssisted: toCounterAssistance(application),
    };
  }

  async toDetail(application: ApplicationEntity): Promise<ApplicationDetail> {
    const [form, procedure, events] = await Promise.all([
      this.formOf(application),
      this.procedureOf(application),
      this.applications.listEvents(application.id),
    ]);
    return toDetailDto(application, events, form, {
      approvalChain: procedure.approvalChain,
      decisionRecordKind: this.decisionRecordKindOf(application),
    });
  }
}
