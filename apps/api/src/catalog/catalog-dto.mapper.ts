import { LIFE_EVENTS } from '@madoguchi/forms-schema';
import type { LifeEvent, Municipality, ProcedureSummary } from '@madoguchi/procedures-contracts';
import type {
  LifeEventEntity,
  MunicipalityEntity,
  ProcedureEntity,
} from '@madoguchi/server-database';

type FormLifeEvent = (typeof LIFE_EVENTS)[number];

function isFormLifeEvent(value: string): value is FormLifeEvent {
  return (LIFE_EVENTS as readonly string[]).includes(value);
}

export function toMunicipalityDto(row: MunicipalityEntity): Municipality {
  return { code: row.code, name: row.name, prefecture: row.prefecture };
}

export function toProcedureDto(row: ProcedureEntity): ProcedureSummary {
  return {
    id: row.procedureId,
    municipalityCode: row.municipalityCode,
    title: row.title,
    summary: row.summary,
    category: row.category,
    formVersion: row.formVersion,
    identityLevel: row.identityLevel,
    lifeEvents: (row.lifeEvents ?? []).filter(isFormLifeEvent),
  };
}

export function toLifeEventDto(row: LifeEventEntity, procedureCount?: number): LifeEvent {
  return {
    id: row.id,
    label: row.label,
    description: row.description,
    tags: row.tags.filter(isFormLifeEvent),
    ...(procedureCount === undefined ? {} : { procedureCount }),
  };
}
