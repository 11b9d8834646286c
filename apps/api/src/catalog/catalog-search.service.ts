import { Injectable } from '@nestjs/common';
import {
  LIFE_EVENTS,
  computeLocalGovernmentCodeCheckDigit,
  isValidLocalGovernmentCode,
  normalizePostalCode,
} from '@madoguchi/forms-schema';
import type {
  LifeEvent,
  LifeEventsQuery,
  Municipality,
  MunicipalitySearchQuery,
  ProcedureSearchQuery,
  ProcedureSummary,
} from '@madoguchi/procedures-contracts';

import { toLifeEventDto, toMunicipalityDto, toProcedureDto } from './catalog-dto.mapper.js';
import { catalogException } from './catalog.exception.js';
import { CatalogRepository } from './catalog.repository.js';
import { CatalogSearchRepository } from './catalog-search.repository.js';
import { PostalCodeDirectory } from './postal/postal-code-directory.service.js';
import { toSearchTerms } from './search-text.js';

/**
 * A 地方公共団体コード typed by a resident: 6 digits with a valid check digit, or the 5 digits
 * without it (the check digit is then added). Full-width digits and hyphens are accepted.
 * Returns undefined when the text is not a code at all (then it is a name).
 */
export function parseMunicipalityCode(text: string): string | undefined {
  const digits = text.normalize('NFKC').replace(/[\s-]/g, '');
  if (!/^\d+$/.test(digits)) {
    return undefined;
  }
  if (digits.length === 5) {
    return digits + String(computeLocalGovernmentCodeCheckDigit(digits));
  }
  if (digits.length !== 6) {
    throw catalogException('invalid_municipality_code');
  }
  if (!isValidLocalGovernmentCode(digits)) {
    throw catalogException('municipality_code_check_digit');
  }
  return digits;
}

@Injectable()
export class CatalogSearchService {
  constructor(
    private readonly catalog: CatalogRepository,
    private readonly search: CatalogSearchRepository,
    private readonly postalCodes: PostalCodeDirectory,
  ) {}

  /** By name or reading, by code, or by the 郵便番号 of an address in the municipality. */
  async searchMunicipalities(query: MunicipalitySearchQuery): Promise<Municipality[]> {
    const text = query.q ?? '';
    const postalCode = query.postalCode ?? '';
    if (text !== '' && postalCode !== '') {
      throw catalogException('conflicting_municipality_search');
    }
    if (postalCode !== '') {
      return this.findByPostalCode(postalCode);
    }
    const code = parseMunicipalityCode(text);
    if (code !== undefined) {
      const municipality = await this.catalog.findMunicipality(code);
      return municipality ? [toMunicipalityDto(municipality)] : [];
    }
    return (await this.search.searchMunicipalities(toSearchTerms(text))).map(toMunicipalityDto);
  }

  async searchProcedures(
    municipalityCode: string,
    query: ProcedureSearchQuery,
  ): Promise<ProcedureSummary[]> {
    await this.requireMunicipality(municipalityCode);
    const tags =
      query.lifeEvent === undefined ? undefined : await this.resolveLifeEvent(query.lifeEvent);
    const rows = await this.search.searchProcedures({
      municipalityCode,
      terms: toSearchTerms(query.q ?? ''),
      ...(tags === undefined ? {} : { tags }),
      ...(query.category === undefined ? {} : { category: query.category }),
    });
    return rows.map(toProcedureDto);
  }

  async listLifeEvents(query: LifeEventsQuery): Promise<LifeEvent[]> {
    const text = query.municipality ?? '';
    let municipalityCode: string | undefined;
    if (text !== '') {
      municipalityCode = parseMunicipalityCode(text);
      if (municipalityCode === undefined) {
        throw catalogException('invalid_municipality_code');
      }
      await this.requireMunicipality(municipalityCode);
    }
    const entries = await this.search.listLifeEvents(municipalityCode);
    return entries.map(({ row, count }) => toLifeEventDto(row, count));
  }

  async requireMunicipality(code: string): Promise<void> {
    if (!(await this.catalog.findMunicipality(code))) {
      throw catalogException('municipality_not_found');
    }
  }

  private async findByPostalCode(text: string): Promise<Municipality[]> {
    const postalCode = normalizePostalCode(text);
    if (postalCode === undefined) {
      throw catalogException('invalid_postal_code');
    }
    const candidates = await this.postalCodes.lookup(postalCode);
    if (candidates.length === 0) {
      return [];
    }
    const rows = await this.search.findMunicipalitiesForAddresses(
      candidates.map(({ localGovernmentCode, prefecture, city }) => ({
        localGovernmentCode,
        prefecture,
        city,
      })),
    );
    return rows.map(toMunicipalityDto);
  }

  /** A life event of GET /api/life-events (妊娠・出産 → pregnancy, childbirth) or a form-level one. */
  private async resolveLifeEvent(id: string): Promise<string[]> {
    const lifeEvent = await this.search.findLifeEvent(id);
    if (lifeEvent) {
      return lifeEvent.tags;
    }
    if ((LIFE_EVENTS as readonly string[]).includes(id)) {
      return [id];
    }
    throw catalogException('unknown_life_event');
  }
}
