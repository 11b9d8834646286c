import { randomUUID } from 'node:crypto';

import { Inject, Injectable } from '@nestjs/common';
import type { CompiledForm } from '@madoguchi/forms-schema';
import { diffFormVersions, migrateAnswers } from '@madoguchi/forms-schema';
import type {
  DraftDetail,
  DraftSummary,
  SaveDraftRequest,
  UpdateDraftRequest,
} from '@madoguchi/procedures-contracts';
import type { DraftEntity } from '@madoguchi/server-database';

import { AttachmentAccessService } from '../attachments/attachment-access.service.js';
import { CatalogService } from '../catalog/catalog.service.js';
import type { Env } from '../config/env.js';
import { FormRegistry } from '../catalog/form-registry.service.js';
import type { ResidentActor } from '../identity/actor.js';
import { ENV, PERSONAL_DATA_CIPHER } from '../infrastructure/tokens.js';
import type { SealedRecord } from '../personal-data/personal-data-cipher.js';
import { PersonalDataCipher } from '../personal-data/personal-data-cipher.js';
import { draftRecord } from '../personal-data/sealed-record.js';
import { maskSensitiveAnswers, sealSensitiveAnswers } from '../personal-data/sensitive-answers.js';
import { DraftRepository } from './draft.repository.js';
import { draftsException } from './drafts.exception.js';

/** A draft holds work in progress: generous, but bounded (a form is a few kilobytes). */
const MAX_DRAFT_BYTES = 256 * 1024;

/**
 * 一時保存. A draft keeps whatever the resident typed, valid or not (autosave must never lose
 * input), bound to the effective form version it was started in. Only the fields of that form
 * are kept, and sensitive ones are sealed exactly as in applications.
 */
@Injectable()
export class DraftsService {
  constructor(
    private readonly drafts: DraftRepository,
    private readonly catalog: CatalogService,
    private readonly forms: FormRegistry,
    @Inject(PERSONAL_DATA_CIPHER) private readonly cipher: PersonalDataCipher,
    @Inject(ENV) private readonly env: Env,
    private readonly attachments: AttachmentAccessService,
  ) {}

  async create(actor: ResidentActor, input: SaveDraftRequest): Promise<DraftDetail> {
    const procedure = await this.catalog.requireProcedure(
      input.municipalityCode,
      input.procedureId,
    );
    await this.catalog.requireVersionInForce(procedure, input.formVersion);
    const form = await this.forms.get(input.municipalityCode, input.procedureId, input.formVersion);
    const id = randomUUID();
    const draft = await this.drafts.insert({
      id,
      residentId: actor.id,
      municipalityCode: input.municipalityCode,
      procedureId: input.procedureId,
      formVersion: input.formVersion,
      answers: this.prepare(
        form,
        input.answers,
        draftRecord({ id, municipalityCode: input.municipalityCode }),
      ),
      stepId: input.stepId ?? null,
    });
    return this.toDetail(draft, form);
  }

  async update(actor: ResidentActor, id: string, input: UpdateDraftRequest): Promise<DraftDetail> {
    const existing = await this.require(actor, id);
    const form = await this.formOf(existing);
    const updated = await this.drafts.update(actor.id, id, {
      answers: this.prepare(form, input.answers, draftRecord(existing)),
      stepId: input.stepId ?? existing.stepId,
    });
    if (!updated) {
      throw draftsException('draft_not_found');
    }
    return this.toDetail(updated, form);
  }

  async list(actor: ResidentActor): Promise<DraftSummary[]> {
    const drafts = await this.drafts.list(actor.id);
    return Promise.all(
      drafts.map(async (draft) => this.toSummary(draft, await this.formOf(draft))),
    );
  }

  async get(actor: ResidentActor, id: string): Promise<DraftDetail> {
    const draft = await this.require(actor, id);
    return this.toDetail(draft, await this.formOf(draft));
  }

  /**
   * Moves a draft started on an older form version to the one in force, with the engine's
   * `migrateAnswers`: answers of fields the new version removed are dropped, and sensitive ones
   * (個人番号) are typed again, as the resident's client does when it moves a draft itself.
   */
  async migrate(actor: ResidentActor, id: string): Promise<DraftDetail> {
    const existing = await this.require(actor, id);
    const procedure = await this.catalog.findProcedureIncludingDisabled(
      existing.municipalityCode,
      existing.procedureId,
    );
    const current = await this.catalog.currentFormVersion(procedure);
    if (current <= existing.formVersion) {
      throw draftsException('draft_up_to_date');
    }
    const [from, to] = await Promise.all([
      this.formOf(existing),
      this.forms.get(existing.municipalityCode, existing.procedureId, current),
    ]);
    const sensitive = from
      .sensitivePaths(existing.answers)
      .map((path) => path.replace(/\.\d+(?=\.|$)/g, '.*'));
    const removed = diffFormVersions(from.definition, to.definition)
      .changes.filter((change) => change.kind === 'fieldRemoved')
      .map((change) => change.path);
    const answers = migrateAnswers(existing.answers, {
      from: existing.formVersion,
      to: current,
      drops: [...new Set([...removed, ...sensitive])],
    });
    const migrated = await this.drafts.migrate(
      existing,
      current,
      this.prepare(to, answers, draftRecord(existing)),
    );
    return this.toDetail(migrated, to);
  }

  async delete(actor: ResidentActor, id: string): Promise<void> {
    if (!(await this.drafts.delete(actor.id, id))) {
      throw draftsException('draft_not_found');
    }
  }

  private async require(actor: ResidentActor, id: string): Promise<DraftEntity> {
    const draft = await this.drafts.find(actor.id, id);
    if (!draft) {
      throw draftsException('draft_not_found');
    }
    return draft;
  }

  private formOf(draft: DraftEntity): Promise<CompiledForm> {
    return this.forms.get(draft.municipalityCode, draft.procedureId, draft.formVersion);
  }

  /** Keeps the form's own fields only, and seals the sensitive ones for this draft. */
  private prepare(
    form: CompiledForm,
    answers: Record<string, unknown>,
    record: SealedRecord,
  ): Record<string, unknown> {
    const fieldIds = new Set(
      form.definition.steps.flatMap((step) => step.fields.map((field) => field.id)),
    );
    const known = Object.fromEntries(Object.entries(answers).filter(([key]) => fieldIds.has(key)));
    if (Buffer.byteLength(JSON.stringify(known)) > MAX_DRAFT_BYTES) {
      throw draftsException('draft_too_large');
    }
    return sealSensitiveAnswers(known, form.sensitivePaths(known), this.cipher, record);
  }

  private async toSummary(draft: DraftEntity, form: CompiledForm): Promise<DraftSummary> {
    const procedure = await this.catalog.findProcedureIncludingDisabled(
      draft.municipalityCode,
      draft.procedureId,
    );
    const current = await this.catalog.currentFormVersion(procedure);
    return {
      id: draft.id,
      municipalityCode: draft.municipalityCode,
      procedureId: draft.procedureId,
      procedureTitle: form.definition.title,
      formVersion: draft.formVersion,
      stepId: draft.stepId,
      isOutdated: current !== draft.formVersion,
      newerVersion: current > draft.formVersion ? current : null,
      createdAt: draft.createdAt.toISOString(),
      updatedAt: draft.updatedAt.toISOString(),
      // The retention sweep deletes drafts untouched this long (DRAFT_RETENTION_DAYS).
      keptUntil: new Date(
        draft.updatedAt.getTime() + this.env.DRAFT_RETENTION_DAYS * 86_400_000,
      ).toISOString(),
    };
  }

  private async toDetail(draft: DraftEntity, form: CompiledForm): Promise<DraftDetail> {
    const maskedPaths = form.sensitivePaths(draft.answers);
    const attachmentIds = form.attachmentsIn(draft.answers).flatMap((reference) => reference.ids);
    return {
      ...(await this.toSummary(draft, form)),
      answers: maskSensitiveAnswers(draft.answers, maskedPaths),
      maskedPaths,
      // Only the resident's own files: an id typed into a draft by hand names nothing.
      attachments: await this.attachments.describeOwn(draft.residentId, attachmentIds),
    };
  }
}
