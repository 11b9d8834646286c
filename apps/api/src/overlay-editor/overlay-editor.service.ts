import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { Inject, Injectable } from '@nestjs/common';
import type { FormDefinition } from '@madoguchi/forms-schema';
import { parseFormDefinition } from '@madoguchi/forms-schema';
import type {
  OverlayEditorState,
  OverlayPreview,
  OverlayProcedure,
  PublishOverlayRequest,
  PublishedFormVersion,
  SaveOverlayDraftRequest,
} from '@madoguchi/procedures-contracts';
import { validateOverlay } from '@madoguchi/procedures-contracts';
import { assertNever } from '@madoguchi/procedures-domain';
import type { EffectiveFormEntity, ProcedureEntity } from '@madoguchi/server-database';

import type { Env } from '../config/env.js';
import type { StaffActor } from '../identity/actor.js';
import { Clock } from '../infrastructure/clock.js';
import { ENV } from '../infrastructure/tokens.js';
import { OverlayEditorRepository } from './overlay-editor.repository.js';
import { overlayEditorException } from './overlay-editor.exception.js';

function toVersionDto(row: EffectiveFormEntity): PublishedFormVersion {
  return {
    version: row.version,
    baseVersion: row.baseVersion,
    effectiveFrom: row.effectiveFrom,
    publishedAt: row.publishedAt.toISOString(),
    hasOverlay: row.overlayChecksum !== null,
  };
}

/** The newest version in force on `today`: versions follow their 施行日 (the repository sees to it). */
function versionInForce(versions: readonly EffectiveFormEntity[], today: string): number {
  return (
    versions.find((row) => row.effectiveFrom <= today)?.version ?? versions.at(-1)?.version ?? 0
  );
}

/** Same content, same checksum: the key order of the JSON an editor sends does not matter. */
function checksumOf(overlay: unknown): string {
  return createHash('sha256').update(canonicalJson(overlay)).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map(canonicalJson).join(',')}]`;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, entry]) => entry !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${canonicalJson(entry)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * The overlay editor of a municipality's administrator: the overlay of a procedure's form as a
 * draft, checked by the form engine (`validateOverlay`, the same function the console runs),
 * previewed as residents will get it, and published as the next effective form version from a
 * 施行日 (today or later). Every write carries its audit row in the same transaction.
 */
@Injectable()
export class OverlayEditorService {
  constructor(
    private readonly repository: OverlayEditorRepository,
    private readonly clock: Clock,
    @Inject(ENV) private readonly env: Env,
  ) {}

  async list(actor: StaffActor): Promise<OverlayProcedure[]> {
    requireAdmin(actor);
    const today = this.clock.today();
    const [procedures, drafts] = await Promise.all([
      this.repository.listProcedures(actor.municipalityCode),
      this.repository.listDrafts(actor.municipalityCode),
    ]);
    const drafted = new Set(drafts.map((draft) => draft.procedureId));
    return Promise.all(
      procedures.map(async (procedure) => {
        const versions = await this.repository.listVersions(
          actor.municipalityCode,
          procedure.procedureId,
        );
        const scheduled = versions.find((row) => row.effectiveFrom > today);
        return {
          procedureId: procedure.procedureId,
          title: procedure.title,
          currentVersion: versionInForce(versions, today),
          scheduledVersion: scheduled ? toVersionDto(scheduled) : null,
          hasDraft: drafted.has(procedure.procedureId),
        };
      }),
    );
  }

  async get(actor: StaffActor, procedureId: string): Promise<OverlayEditorState> {
    requireAdmin(actor);
    const { procedure, standard } = await this.requireProcedure(actor, procedureId);
    const [versions, draft] = await Promise.all([
      this.repository.listVersions(actor.municipalityCode, procedureId),
      this.repository.findDraft(actor.municipalityCode, procedureId),
    ]);
    const today = this.clock.today();
    return {
      procedureId,
      municipalityCode: actor.municipalityCode,
      title: procedure.title,
      standard,
      overlay:
        draft?.overlay ?? this.publishedOverlay(actor.municipalityCode, procedureId, versions),
      draft: draft
        ? { updatedAt: draft.updatedAt.toISOString(), updatedBy: draft.updatedBy }
        : null,
      currentVersion: versionInForce(versions, today),
      versions: versions.map(toVersionDto),
      today,
    };
  }

  async saveDraft(
    actor: StaffActor,
    procedureId: string,
    input: SaveOverlayDraftRequest,
  ): Promise<OverlayEditorState> {
    requireAdmin(actor);
    const { standard } = await this.requireProcedure(actor, procedureId);
    this.requireValid(actor, standard, input.overlay);
    await this.repository.saveDraft(actor, procedureId, input.overlay);
    return this.get(actor, procedureId);
  }

  async preview(
    actor: StaffActor,
    procedureId: string,
    input: SaveOverlayDraftRequest,
  ): Promise<OverlayPreview> {
    requireAdmin(actor);
    const { standard } = await this.requireProcedure(actor, procedureId);
    return { definition: this.requireValid(actor, standard, input.overlay) };
  }

  async publish(
    actor: StaffActor,
    procedureId: string,
    input: PublishOverlayRequest,
  ): Promise<PublishedFormVersion> {
    requireAdmin(actor);
    const { standard } = await this.requireProcedure(actor, procedureId);
    const today = this.clock.today();
    const effectiveFrom = input.effectiveFrom ?? today;
    if (effectiveFrom < today) {
      throw overlayEditorException('effective_from_in_past', [
        {
          path: 'effectiveFrom',
          code: 'effective_from_in_past',
          message: {
            ja: `施行日は今日（${today}）以降にしてください。`,
            en: `The effective date must be ${today} or later.`,
          },
        },
      ]);
    }
    const draft = await this.repository.findDraft(actor.municipalityCode, procedureId);
    if (!draft) {
      throw overlayEditorException('no_overlay_draft');
    }
    // Checked again: the standard form may have a new version since the draft was saved.
    const definition = this.requireValid(actor, standard, draft.overlay);
    const outcome = await this.repository.publish(actor, {
      procedureId,
      baseVersion: standard.version,
      overlay: draft.overlay,
      checksum: checksumOf(draft.overlay),
      definition,
      effectiveFrom,
    });
    switch (outcome.kind) {
      case 'published':
        return toVersionDto(outcome.row);
      case 'duplicate':
        throw overlayEditorException('overlay_already_published');
      case 'before_scheduled':
        throw overlayEditorException('effective_from_before_scheduled', [
          {
            path: 'effectiveFrom',
            code: 'effective_from_before_scheduled',
            message: {
              ja: `施行日は公開予定の版の施行日（${outcome.effectiveFrom}）以降にしてください。`,
              en: `The effective date must be on or after ${outcome.effectiveFrom}, that of the version already scheduled.`,
            },
          },
        ]);
      default:
        return assertNever(outcome);
    }
  }

  private async requireProcedure(
    actor: StaffActor,
    procedureId: string,
  ): Promise<{ procedure: ProcedureEntity; standard: FormDefinition }> {
    const [procedure, standard] = await Promise.all([
      this.repository.findProcedure(actor.municipalityCode, procedureId),
      this.repository.findLatestStandard(procedureId),
    ]);
    if (!procedure || !standard) {
      throw overlayEditorException('procedure_not_found');
    }
    return { procedure, standard: parseFormDefinition(standard.definition) };
  }

  private requireValid(
    actor: StaffActor,
    standard: FormDefinition,
    overlay: Record<string, unknown>,
  ): FormDefinition {
    const result = validateOverlay(standard, overlay, actor.municipalityCode);
    if (!result.ok) {
      throw overlayEditorException('invalid_overlay', result.issues);
    }
    return result.definition;
  }

  /**
   * The overlay of the newest published version. Versions seeded before the editor existed kept
   * only the checksum of their file: the seed's file is then the overlay (the same content).
   */
  private publishedOverlay(
    municipalityCode: string,
    procedureId: string,
    versions: readonly EffectiveFormEntity[],
  ): Record<string, unknown> {
    const newest = versions[0];
    if (newest?.overlay) {
      return newest.overlay;
    }
    const file = join(
      this.env.SEEDS_DIR,
      'municipalities',
      'overlays',
      municipalityCode,
      `${procedureId}.json`,
    );
    if (newest?.overlayChecksum && existsSync(file)) {
      return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    }
    return { procedureId, municipalityCode };
  }
}

function requireAdmin(actor: StaffActor): void {
  if (actor.staffRole !== 'admin') {
    throw overlayEditorException('admin_only');
  }
}
