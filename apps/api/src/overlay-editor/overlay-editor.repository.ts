import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  EffectiveFormEntity,
  FormVersionEntity,
  OverlayDraftEntity,
  ProcedureEntity,
} from '@madoguchi/server-database';
import { DataSource } from 'typeorm';

import type { AuditEntry } from '../audit/write-audit.js';
import { writeAudit } from '../audit/write-audit.js';
import type { StaffActor } from '../identity/actor.js';

/** The closed set of audit actions of the overlay editor. */
export type OverlayAuditAction = 'overlay_draft.save' | 'overlay.publish';

export type NewEffectiveVersion = {
  procedureId: string;
  baseVersion: number;
  overlay: Record<string, unknown>;
  checksum: string;
  definition: Record<string, unknown>;
  effectiveFrom: string;
};

export type PublishOutcome =
  | { kind: 'published'; row: EffectiveFormEntity }
  | { kind: 'duplicate'; version: number }
  | { kind: 'before_scheduled'; effectiveFrom: string };

/** The only place that touches overlay drafts and writes effective form versions. */
@Injectable()
export class OverlayEditorRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  listProcedures(municipalityCode: string): Promise<ProcedureEntity[]> {
    return this.dataSource.getRepository(ProcedureEntity).find({
      where: { municipalityCode },
      order: { procedureId: 'ASC' },
    });
  }

  findProcedure(municipalityCode: string, procedureId: string): Promise<ProcedureEntity | null> {
    return this.dataSource
      .getRepository(ProcedureEntity)
      .findOneBy({ municipalityCode, procedureId });
  }

  /** The newest standard form version (標準様式) of a procedure: what overlays apply to. */
  findLatestStandard(procedureId: string): Promise<FormVersionEntity | null> {
    return this.dataSource
      .getRepository(FormVersionEntity)
      .findOne({ where: { procedureId }, order: { version: 'DESC' } });
  }

  /** Every effective version of the procedure, newest first (definitions left out). */
  listVersions(municipalityCode: string, procedureId: string): Promise<EffectiveFormEntity[]> {
    return this.dataSource.getRepository(EffectiveFormEntity).find({
      select: {
        municipalityCode: true,
        procedureId: true,
        version: true,
        baseVersion: true,
        overlayChecksum: true,
        overlay: true,
        publishedAt: true,
        effectiveFrom: true,
      },
      where: { municipalityCode, procedureId },
      order: { version: 'DESC' },
    });
  }

  listDrafts(municipalityCode: string): Promise<OverlayDraftEntity[]> {
    return this.dataSource.getRepository(OverlayDraftEntity).findBy({ municipalityCode });
  }

  findDraft(municipalityCode: string, procedureId: string): Promise<OverlayDraftEntity | null> {
    return this.dataSource
      .getRepository(OverlayDraftEntity)
      .findOneBy({ municipalityCode, procedureId });
  }

  /** Saves the administrator's draft (replacing the previous one) with the audit row. */
  async saveDraft(
    actor: StaffActor,
    procedureId: string,
    overlay: Record<string, unknown>,
  ): Promise<OverlayDraftEntity> {
    return this.dataSource.transaction(async (manager) => {
      // TypeORM's partial-entity types cannot follow a jsonb column of arbitrary JSON, hence save().
      await manager.save(
        manager.create(OverlayDraftEntity, {
          municipalityCode: actor.municipalityCode,
          procedureId,
          overlay,
          updatedBy: actor.id,
          updatedAt: new Date(),
        }),
      );
      await writeAudit(manager, audit(actor, 'overlay_draft.save', procedureId, {}));
      return manager.findOneByOrFail(OverlayDraftEntity, {
        municipalityCode: actor.municipalityCode,
        procedureId,
      });
    });
  }

  /**
   * Publishes the next effective version from its 施行日, removes the draft and writes the audit
   * row, in one transaction. The procedure row is locked so two administrators publishing at once
   * get consecutive versions, not a key conflict.
   */
  async publish(actor: StaffActor, next: NewEffectiveVersion): Promise<PublishOutcome> {
    return this.dataSource.transaction(async (manager) => {
      await manager
        .getRepository(ProcedureEntity)
        .createQueryBuilder('procedure')
        .setLock('pessimistic_write')
        .where('procedure.municipalityCode = :municipalityCode', {
          municipalityCode: actor.municipalityCode,
        })
        .andWhere('procedure.procedureId = :procedureId', { procedureId: next.procedureId })
        .getOne();
      const versions = manager.getRepository(EffectiveFormEntity);
      const same = await versions.findOne({
        select: { version: true },
        where: {
          municipalityCode: actor.municipalityCode,
          procedureId: next.procedureId,
          baseVersion: next.baseVersion,
          overlayChecksum: next.checksum,
        },
      });
      if (same) {
        return { kind: 'duplicate', version: same.version };
      }
      const latest = await versions.findOne({
        select: { version: true, effectiveFrom: true },
        where: { municipalityCode: actor.municipalityCode, procedureId: next.procedureId },
        order: { version: 'DESC' },
      });
      // Versions follow their 施行日, so "the newest in force" is always the highest number in force.
      if (latest && latest.effectiveFrom > next.effectiveFrom) {
        return { kind: 'before_scheduled', effectiveFrom: latest.effectiveFrom };
      }
      const version = (latest?.version ?? 0) + 1;
      await versions.save(
        versions.create({
          municipalityCode: actor.municipalityCode,
          procedureId: next.procedureId,
          version,
          baseVersion: next.baseVersion,
          overlayChecksum: next.checksum,
          overlay: next.overlay,
          definition: next.definition,
          effectiveFrom: next.effectiveFrom,
        }),
      );
      await manager.delete(OverlayDraftEntity, {
        municipalityCode: actor.municipalityCode,
        procedureId: next.procedureId,
      });
      await writeAudit(
        manager,
        audit(actor, 'overlay.publish', next.procedureId, {
          version,
          baseVersion: next.baseVersion,
          effectiveFrom: next.effectiveFrom,
          overlayChecksum: next.checksum,
        }),
      );
      const row = await versions.findOneByOrFail({
        municipalityCode: actor.municipalityCode,
        procedureId: next.procedureId,
        version,
      });
      return { kind: 'published', row };
    });
  }
}

function audit(
  actor: StaffActor,
  action: OverlayAuditAction,
  procedureId: string,
  detail: Record<string, string | number>,
): AuditEntry {
  return {
    municipalityCode: actor.municipalityCode,
    actor: { kind: 'staff', id: actor.id },
    action,
    target: { type: 'procedure_form', id: procedureId },
    detail: { procedureId, ...detail },
  };
}
