import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  LifeEventEntity,
  MunicipalityEntity,
  ProcedureEntity,
  ProcedureFinderRuleEntity,
} from '@madoguchi/server-database';
import { Repository } from 'typeorm';

import { toContainsPattern } from './search-text.js';

export type ProcedureSearch = {
  municipalityCode: string;
  /** Normalised terms (`toSearchTerms`); every one must match (AND). */
  terms: string[];
  /** Form-level life events; a procedure with any of them matches. */
  tags?: string[];
  category?: string;
};

export type AddressToMatch = { localGovernmentCode: string; prefecture: string; city: string };

/**
 * The catalog's searches, all in PostgreSQL on the normalised `search_text` columns (plain
 * ILIKE: no extension needed, and every replica answers the same).
 */
@Injectable()
export class CatalogSearchRepository {
  constructor(
    @InjectRepository(MunicipalityEntity)
    private readonly municipalities: Repository<MunicipalityEntity>,
    @InjectRepository(ProcedureEntity) private readonly procedures: Repository<ProcedureEntity>,
    @InjectRepository(LifeEventEntity) private readonly lifeEvents: Repository<LifeEventEntity>,
    @InjectRepository(ProcedureFinderRuleEntity)
    private readonly rules: Repository<ProcedureFinderRuleEntity>,
  ) {}

  /** Municipalities whose names or reading hold every term (normalised, `toSearchTerms`). */
  searchMunicipalities(terms: string[]): Promise<MunicipalityEntity[]> {
    const query = this.municipalities.createQueryBuilder('m').orderBy('m.code', 'ASC');
    if (terms.length > 0) {
      query.where('m.search_text ILIKE ALL (CAST(:patterns AS text[]))', {
        patterns: terms.map(toContainsPattern),
      });
    }
    return query.getMany();
  }

  /**
   * Municipalities whose area holds one of these addresses: the same 地方公共団体コード, or for a
   * ward of a 政令指定都市 (横浜市西区) the city it belongs to (横浜市), by prefecture and name.
   */
  findMunicipalitiesForAddresses(
    addresses: readonly AddressToMatch[],
  ): Promise<MunicipalityEntity[]> {
    return this.municipalities
      .createQueryBuilder('m')
      .where(
        `EXISTS (
          SELECT 1 FROM jsonb_to_recordset(CAST(:addresses AS jsonb))
            AS a("localGovernmentCode" text, prefecture text, city text)
          WHERE a."localGovernmentCode" = m.code
             OR (a.prefecture = m.prefecture->>'ja'
                 AND a.city LIKE (m.name->>'ja') || '%区'
                 AND a.city <> m.name->>'ja')
        )`,
        { addresses: JSON.stringify(addresses) },
      )
      .orderBy('m.code', 'ASC')
      .getMany();
  }

  /**
   * The municipality's enabled procedures matching the search: titles that match every term
   * first, then by where the first term appears in the title, then in the municipality's order.
   */
  searchProcedures(search: ProcedureSearch): Promise<ProcedureEntity[]> {
    const query = this.procedures
      .createQueryBuilder('p')
      .where('p.municipality_code = :code AND p.enabled', { code: search.municipalityCode });
    if (search.tags) {
      query.andWhere('p.life_events && CAST(:tags AS text[])', { tags: search.tags });
    }
    if (search.category) {
      query.andWhere('p.category = :category', { category: search.category });
    }
    const [firstTerm] = search.terms;
    if (firstTerm !== undefined) {
      query
        .andWhere('p.search_text ILIKE ALL (CAST(:patterns AS text[]))', {
          patterns: search.terms.map(toContainsPattern),
        })
        .orderBy(
          'CASE WHEN p.search_title ILIKE ALL (CAST(:patterns AS text[])) THEN 0 ELSE 1 END',
          'ASC',
        )
        .addOrderBy('NULLIF(strpos(p.search_title, :firstTerm), 0)', 'ASC', 'NULLS LAST')
        .setParameter('firstTerm', firstTerm);
    }
    return query.addOrderBy('p.display_order', 'ASC').addOrderBy('p.procedure_id', 'ASC').getMany();
  }

  /** Life events in display order, with each one's count of the municipality's enabled procedures. */
  async listLifeEvents(
    municipalityCode?: string,
  ): Promise<{ row: LifeEventEntity; count?: number }[]> {
    const rows = await this.lifeEvents.find({ order: { position: 'ASC' } });
    if (municipalityCode === undefined) {
      return rows.map((row) => ({ row }));
    }
    const counts: { id: string; count: number }[] = await this.lifeEvents
      .createQueryBuilder('e')
      .select('e.id', 'id')
      .addSelect(
        `(SELECT count(*)::int FROM procedures p
           WHERE p.municipality_code = :code AND p.enabled AND p.life_events && e.tags)`,
        'count',
      )
      .setParameter('code', municipalityCode)
      .getRawMany();
    const byId = new Map(counts.map((entry) => [entry.id, Number(entry.count)]));
    return rows.map((row) => ({ row, count: byId.get(row.id) ?? 0 }));
  }

  findLifeEvent(id: string): Promise<LifeEventEntity | null> {
    return this.lifeEvents.findOneBy({ id });
  }

  listProcedureFinderRules(): Promise<ProcedureFinderRuleEntity[]> {
    return this.rules.find({ order: { position: 'ASC' } });
  }

  listEnabledProcedures(
    municipalityCode: string,
    procedureIds: readonly string[],
  ): Promise<ProcedureEntity[]> {
    if (procedureIds.length === 0) {
      return Promise.resolve([]);
    }
    return this.procedures
      .createQueryBuilder('p')
      .where('p.municipality_code = :code AND p.enabled', { code: municipalityCode })
      .andWhere('p.procedure_id = ANY(CAST(:ids AS text[]))', { ids: [...procedureIds] })
      .getMany();
  }
}
