import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

import type { FormDefinition } from '@madoguchi/forms-schema';
import { LIFE_EVENTS } from '@madoguchi/forms-schema';
import {
  LifeEventEntity,
  MunicipalityEntity,
  ProcedureEntity,
  ProcedureFinderRuleEntity,
} from '@madoguchi/server-database';
import type { EntityManager } from 'typeorm';
import { Not, In } from 'typeorm';
import { z } from 'zod';

import { findMunicipalityReading } from './postal/municipality-reading.js';
import { loadCityData } from './postal/postal-code-data.js';
import { procedureFinderRulesFileSchema } from './procedure-finder/procedure-finder-rules.schema.js';
import { toSearchIndex } from './search-text.js';

const localizedTextSchema = z
  .object({ ja: z.string().min(1), en: z.string().min(1), easyJa: z.string().min(1) })
  .strict();

/** `seeds/catalog/life-events.json`. */
export const lifeEventsFileSchema = z
  .object({
    $comment: z.string().optional(),
    lifeEvents: z
      .array(
        z
          .object({
            id: z.string().regex(/^[a-zA-Z]{1,40}$/),
            tags: z.array(z.enum(LIFE_EVENTS)).min(1),
            label: localizedTextSchema,
            description: localizedTextSchema,
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

export type CatalogSearchSeedReport = { lifeEvents: number; procedureFinderRules: number };

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** What a procedure is found by: its titles, summaries and keywords in every language. */
export function procedureSearchColumns(
  definition: FormDefinition,
): Pick<ProcedureEntity, 'searchText' | 'searchTitle' | 'lifeEvents'> {
  const titles = [definition.title.ja, definition.title.en, definition.title.easyJa];
  return {
    searchTitle: toSearchIndex(titles),
    searchText: toSearchIndex([
      ...titles,
      definition.summary.ja,
      definition.summary.en,
      definition.summary.easyJa,
      ...definition.keywords,
    ]),
    lifeEvents: [...definition.lifeEvents],
  };
}

async function seedLifeEvents(manager: EntityManager, seedsDir: string): Promise<number> {
  const path = join(seedsDir, 'catalog', 'life-events.json');
  if (!existsSync(path)) {
    return 0;
  }
  const file = lifeEventsFileSchema.parse(readJson(path));
  const ids = file.lifeEvents.map((event) => event.id);
  if (new Set(ids).size !== ids.length) {
    throw new Error('seeds/catalog/life-events.json: life event ids must be unique');
  }
  await manager.upsert(
    LifeEventEntity,
    file.lifeEvents.map((event, position) => ({ ...event, position })),
    ['id'],
  );
  await manager.delete(LifeEventEntity, { id: Not(In(ids)) });
  return ids.length;
}

async function seedProcedureFinderRules(
  manager: EntityManager,
  seedsDir: string,
  forms: ReadonlyMap<string, FormDefinition>,
): Promise<number> {
  const path = join(seedsDir, 'catalog', 'procedure-finder-rules.json');
  if (!existsSync(path)) {
    return 0;
  }
  const raw = readJson(path) as { rules?: unknown[] };
  const file = procedureFinderRulesFileSchema.parse(raw);
  const unknown = file.rules.filter((rule) => !forms.has(rule.procedureId)).map((rule) => rule.id);
  if (unknown.length > 0) {
    throw new Error(
      `seeds/catalog/procedure-finder-rules.json: no form for the procedure of ${unknown.join(', ')}`,
    );
  }
  // The stored definition is the rule as written (defaults are applied again when it is loaded).
  const rows = file.rules.map((rule, position) => {
    const definition = (raw.rules?.[position] ?? {}) as Record<string, unknown>;
    return {
      id: rule.id,
      position,
      procedureId: rule.procedureId,
      definition,
      checksum: createHash('sha256').update(JSON.stringify(definition)).digest('hex'),
    };
  });
  await manager.save(ProcedureFinderRuleEntity, rows);
  await manager.delete(ProcedureFinderRuleEntity, { id: Not(In(rows.map((row) => row.id))) });
  return rows.length;
}

async function indexProcedures(
  manager: EntityManager,
  forms: ReadonlyMap<string, FormDefinition>,
): Promise<void> {
  for (const [procedureId, definition] of forms) {
    await manager.update(ProcedureEntity, { procedureId }, procedureSearchColumns(definition));
  }
}

const municipalityOrderSchema = z.object({ code: z.string(), procedures: z.array(z.string()) });

/** Each municipality lists its procedures in the order of its seed file's `procedures`. */
async function orderProcedures(manager: EntityManager, seedsDir: string): Promise<void> {
  const dir = join(seedsDir, 'municipalities');
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.json'))) {
    const seed = municipalityOrderSchema.parse(readJson(join(dir, name)));
    for (const [displayOrder, procedureId] of seed.procedures.entries()) {
      await manager.update(
        ProcedureEntity,
        { municipalityCode: seed.code, procedureId },
        { displayOrder },
      );
    }
  }
}

async function indexMunicipalities(manager: EntityManager): Promise<void> {
  const cities = await loadCityData();
  for (const municipality of await manager.find(MunicipalityEntity)) {
    const reading = findMunicipalityReading(municipality.code, municipality.name.ja, cities);
    const searchText = toSearchIndex([
      municipality.name.ja,
      municipality.name.en,
      reading ?? '',
      `${municipality.prefecture.ja}${municipality.name.ja}`,
      municipality.prefecture.en,
    ]);
    await manager.update(MunicipalityEntity, { code: municipality.code }, { searchText });
  }
}

/**
 * The catalog's search data, run by `seedCatalog` in its transaction after municipalities and
 * procedures: search text of procedures (from their latest form) and municipalities (names and
 * the kana reading from the offline postal data), life events and the procedure-finder rules
 * from `seeds/catalog/`. Idempotent; a life event or rule removed from the files is deleted.
 */
export async function seedCatalogSearch(
  manager: EntityManager,
  seedsDir: string,
  latestForms: ReadonlyMap<string, FormDefinition>,
): Promise<CatalogSearchSeedReport> {
  await indexProcedures(manager, latestForms);
  await orderProcedures(manager, seedsDir);
  await indexMunicipalities(manager);
  return {
    lifeEvents: await seedLifeEvents(manager, seedsDir),
    procedureFinderRules: await seedProcedureFinderRules(manager, seedsDir, latestForms),
  };
}
