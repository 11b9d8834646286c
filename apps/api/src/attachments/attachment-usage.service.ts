import { Injectable } from '@nestjs/common';
import type { FieldIssue } from '@madoguchi/server-util-nest';
import type { EntityManager } from 'typeorm';

import { AttachmentRepository } from './attachment.repository.js';
import { AttachmentSlotsService } from './attachment-slots.service.js';
import { ATTACHMENT_FIELD_ISSUES, attachmentsException } from './attachments.exception.js';

/**
 * The attachment ids an application gives for one slot; `path` is the answer's field path, when
 * known (the compiled form's `attachmentsIn(answers)` gives them all with their paths).
 */
export type SlotAttachments = { slotId: string; ids: readonly string[]; path?: string };

function issue(path: string, code: keyof typeof ATTACHMENT_FIELD_ISSUES): FieldIssue {
  return { path, code, message: ATTACHMENT_FIELD_ISSUES[code] };
}

/**
 * What the submission path calls: check the attachments an application references before it is
 * stored, then link them in the submission's transaction.
 */
@Injectable()
export class AttachmentUsageService {
  constructor(
    private readonly slots: AttachmentSlotsService,
    private readonly attachments: AttachmentRepository,
  ) {}

  /**
   * Throws `invalid_attachments` (422) with one field issue per problem — an id that is unknown
   * or not the resident's (the same answer for both), of another slot, procedure, form version
   * or municipality, already part of an application — or when a slot gets more than `maxFiles`.
   * A resubmission passes its application as `ownApplicationId`: files already linked to it stay
   * usable (the resident keeps them), new uploads are added. Returns the ids still to link.
   */
  async assertAttachmentsUsable(
    residentId: string,
    municipalityCode: string,
    procedureId: string,
    formVersion: number,
    references: readonly SlotAttachments[],
    ownApplicationId: string | null = null,
  ): Promise<string[]> {
    if (references.every((reference) => reference.ids.length === 0)) {
      // Most submissions carry no file: nothing to look up.
      return [];
    }
    const { definition, attachmentFieldPaths: fieldPaths } = await this.slots.requireForm(
      municipalityCode,
      procedureId,
      formVersion,
    );
    // An id that is not a UUID cannot be one of ours: the repository skips it, so it is unknown.
    const rows = new Map(
      (await this.attachments.findByIds(references.flatMap((reference) => reference.ids))).map(
        (row) => [row.id, row],
      ),
    );
    const filesPerSlot = new Map<string, Set<string>>();
    const issues: FieldIssue[] = [];
    for (const reference of references) {
      const path =
        reference.path ?? fieldPaths.get(reference.slotId) ?? `attachments.${reference.slotId}`;
      const slot = definition.attachments.find((candidate) => candidate.id === reference.slotId);
      if (!slot) {
        issues.push(issue(path, 'slot_not_found'));
        continue;
      }
      const files = filesPerSlot.get(slot.id) ?? new Set<string>();
      filesPerSlot.set(slot.id, files);
      reference.ids.forEach((id, index) => {
        files.add(id);
        const row = rows.get(id);
        if (!row || row.residentId !== residentId) {
          issues.push(issue(`${path}.${index}`, 'attachment_unknown'));
        } else if (
          row.slotId !== slot.id ||
          row.procedureId !== procedureId ||
          row.formVersion !== formVersion ||
          row.municipalityCode !== municipalityCode
        ) {
          issues.push(issue(`${path}.${index}`, 'attachment_wrong_slot'));
        } else if (row.applicationId !== null && row.applicationId !== ownApplicationId) {
          issues.push(issue(`${path}.${index}`, 'attachment_already_used'));
        }
      });
      if (files.size > slot.maxFiles) {
        issues.push(issue(path, 'too_many_files'));
      }
    }
    if (issues.length > 0) {
      throw attachmentsException('invalid_attachments', issues);
    }
    return [...new Set(references.flatMap((reference) => reference.ids))].filter(
      (id) => rows.get(id)?.applicationId === null,
    );
  }

  /**
   * Sets `application_id` on the attachments in the caller's transaction (after the application
   * row is inserted). Throws `invalid_attachments` — and so rolls the submission back — if any of
   * them was deleted or used by another submission since `assertAttachmentsUsable`.
   */
  async linkToApplication(
    manager: EntityManager,
    applicationId: string,
    ids: readonly string[],
  ): Promise<void> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) {
      return;
    }
    const linked = await this.attachments.link(manager, applicationId, unique);
    if (linked !== unique.length) {
      throw attachmentsException('invalid_attachments', [
        issue('attachments', 'attachment_already_used'),
      ]);
    }
  }

  /**
   * Moves the unlinked files `ids` from one owner to another in the caller's transaction (書かない
   * 窓口); throws `invalid_attachments`, rolling it back, unless every one of them moved.
   */
  async handOver(
    manager: EntityManager,
    ids: readonly string[],
    fromOwner: string,
    toOwner: string,
  ): Promise<void> {
    const unique = [...new Set(ids)];
    if (unique.length === 0 || fromOwner === toOwner) {
      return;
    }
    if ((await this.attachments.reassign(manager, unique, fromOwner, toOwner)) !== unique.length) {
      throw attachmentsException('invalid_attachments', [
        issue('attachments', 'attachment_already_used'),
      ]);
    }
  }
}
