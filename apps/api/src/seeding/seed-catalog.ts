import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

import { applyOverlay, parseFormDefinition } from '@madoguchi/forms-schema';
import type { FormDefinition } from '@madoguchi/forms-schema';
import { approvalChainInputSchema } from '@madoguchi/procedures-domain';
import { loadRuleBook } from '@madoguchi/server-notification-rules';
import {
  EffectiveFormEntity,
  FormVersionEntity,
  MunicipalityEntity,
  ProcedureEntity,
} from '@madoguchi/server-database';
import type { DataSource, EntityManager } from 'typeorm';
import { IsNull } from 'typeorm';
import { z } from 'zod';

import { seedCatalogSearch } from '../catalog/seed-catalog-search.js';
import { seedRuleParameters } from './seed-rule-parameters.js';

const municipalitySeedSchema = z.object({
  code: z.string().regex(/^\d{6}$/),
  name: z.object({ ja: z.string(), en: z.string() }),
  prefecture: z.object({ ja: z.string(), en: z.string() }),
  procedures: z.array(z.string()),
  /** Approval chain per procedure (stages in order: a role, or a role with the stage's title); procedures not listed need one approver. */
  approvalChains: z.record(z.string(), approvalChainInputSchema).optional(),
  contact: z
    .object({
      department: z.object({ ja: z.string(), en: z.string() }),
      phone: z.string(),
      email: z.string().optional(),
    })
    .optional(),
});

type FormFile = { definition: FormDefinition; checksum: string; json: Record<string, unknown> };

export type SeedReport = {
  municipalities: number;
  formVersions: number;
  procedures: number;
  skipped: string[];
  /** Municipalities whose notification-rule parameters were imported now (first run only). */
  ruleParameters: number;
};

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** Every `seeds/forms/<procedure-id>/v<N>.json`, by procedure, versions ascending. */
function readFormFiles(seedsDir: string): Map<string, FormFile[]> {
  const formsDir = join(seedsDir, 'forms');
  const byProcedure = new Map<string, FormFile[]>();
  for (const procedureId of readdirSync(formsDir).sort()) {
    const dir = join(formsDir, procedureId);
    const versions = readdirSync(dir)
      .filter((name) => /^v\d+\.json$/.test(name))
      .sort((a, b) => Number(a.slice(1, -5)) - Number(b.slice(1, -5)));
    const files = versions.map((name) => {
      const text = readFileSync(join(dir, name), 'utf8');
      const json = JSON.parse(text) as Record<string, unknown>;
      return {
        definition: parseFormDefinition(json),
        checksum: createHash('sha256').update(text).digest('hex'),
        json,
      };
    });
    if (files.length > 0) {
      byProcedure.set(procedureId, files);
    }
  }
  return byProcedure;
}

/**
 * Loads municipalities, standard form versions and the procedures each municipality accepts.
 * Idempotent: run it on every start. A published form version never changes: a file whose
 * content differs from the stored version is refused (publish a new version instead).
 */
/** The municipality's overlay of a procedure's form, if it has one (seeds/municipalities/overlays). */
function readOverlay(
  seedsDir: string,
  municipalityCode: string,
  procedureId: string,
): { json: unknown; checksum: string } | null {
  const path = join(
    seedsDir,
    'municipalities',
    'overlays',
    municipalityCode,
    `${procedureId}.json`,
  );
  if (!existsSync(path)) {
    return null;
  }
  const text = readFileSync(path, 'utf8');
  return {
    json: JSON.parse(text) as unknown,
    checksum: createHash('sha256').update(text).digest('hex'),
  };
}

/**
 * Publishes the effective form (standard version + overlay) of a municipality's procedure: the
 * same content keeps its version; changed content (a new standard version or an edited overlay)
 * gets the next version number, so applications already filled in keep theirs.
 */
async function publishEffectiveForm(
  manager: EntityManager,
  municipalityCode: string,
  procedureId: string,
  base: FormFile,
  overlay: { json: unknown; checksum: string } | null,
): Promise<{ version: number; definition: FormDefinition }> {
  const definition = overlay ? applyOverlay(base.definition, overlay.json) : base.definition;
  const existing = await manager.findOneBy(EffectiveFormEntity, {
    municipalityCode,
    procedureId,
    baseVersion: base.definition.version,
    overlayChecksum: overlay ? overlay.checksum : IsNull(),
  });
  if (existing) {
    return { version: existing.version, definition };
  }
  const [latest] = await manager.query<{ version: number | null }[]>(
    'SELECT max(version) AS version FROM effective_forms WHERE municipality_code = $1 AND procedure_id = $2',
    [municipalityCode, procedureId],
  );
  const version = (latest?.version ?? 0) + 1;
  await manager.save(
    manager.create(EffectiveFormEntity, {
      municipalityCode,
      procedureId,
      version,
      baseVersion: base.definition.version,
      overlayChecksum: overlay?.checksum ?? null,
      overlay: (overlay?.json as Record<string, unknown> | undefined) ?? null,
      definition: definition as unknown as Record<string, unknown>,
    }),
  );
  return { version, definition };
}

export async function seedCatalog(dataSource: DataSource, seedsDir: string): Promise<SeedReport> {
  const forms = readFormFiles(seedsDir);
  const municipalityFiles = readdirSync(join(seedsDir, 'municipalities'))
    .filter((name) => name.endsWith('.json'))
    .sort();
  const report: SeedReport = {
    municipalities: 0,
    formVersions: 0,
    procedures: 0,
    skipped: [],
    ruleParameters: 0,
  };
  const ruleBook = loadRuleBook(seedsDir, null);

  await dataSource.transaction(async (manager) => {
    for (const [procedureId, files] of forms) {
      for (const file of files) {
        const stored = await manager.findOneBy(FormVersionEntity, {
          procedureId,
          version: file.definition.version,
        });
        if (stored && stored.checksum !== file.checksum) {
          throw new Error(
            `seeds/forms/${procedureId}/v${file.definition.version}.json differs from the published version: publish a new version instead`,
          );
        }
        if (!stored) {
          await manager.save(
            manager.create(FormVersionEntity, {
              procedureId,
              version: file.definition.version,
              definition: file.json,
              checksum: file.checksum,
            }),
          );
          report.formVersions += 1;
        }
      }
    }

    for (const name of municipalityFiles) {
      const seed = municipalitySeedSchema.parse(readJson(join(seedsDir, 'municipalities', name)));
      await manager.upsert(
        MunicipalityEntity,
        {
          code: seed.code,
          name: seed.name,
          prefecture: seed.prefecture,
          contact: seed.contact ?? null,
        },
        ['code'],
      );
      report.municipalities += 1;
      for (const procedureId of seed.procedures) {
        const latest = forms.get(procedureId)?.at(-1);
        if (!latest) {
          report.skipped.push(`${seed.code}/${procedureId}`);
          continue;
        }
        const effective = await publishEffectiveForm(
          manager,
          seed.code,
          procedureId,
          latest,
          readOverlay(seedsDir, seed.code, procedureId),
        );
        await manager.upsert(
          ProcedureEntity,
          {
            municipalityCode: seed.code,
            procedureId,
            title: effective.definition.title,
            summary: effective.definition.summary,
            category: effective.definition.category,
            formVersion: effective.version,
            identityLevel: effective.definition.identityLevel,
            // Left out: a new row is accepted (the column's default); a row an administrator
            // switched off (停止中) stays off through every restart's seeding.
            standardProcessingDays: effective.definition.standardProcessingDays ?? null,
            approvalChain: seed.approvalChains?.[procedureId] ?? ['approver'],
          },
          ['municipalityCode', 'procedureId'],
        );
        report.procedures += 1;
      }
    }

    // Search text, life events and the procedure-finder rules (seeds/catalog/).
    const latestForms = new Map(
      [...forms].flatMap(([procedureId, files]) => {
        const latest = files.at(-1);
        return latest ? [[procedureId, latest.definition] as const] : [];
      }),
    );
    await seedCatalogSearch(manager, seedsDir, latestForms);
    report.ruleParameters = await seedRuleParameters(manager, ruleBook);
  });
  return report;
}

export function hasSeeds(seedsDir: string): boolean {
  return existsSync(join(seedsDir, 'forms')) && existsSync(join(seedsDir, 'municipalities'));
}
