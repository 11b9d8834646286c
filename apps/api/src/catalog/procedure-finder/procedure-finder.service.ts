import { Injectable } from '@nestjs/common';
import { todayInJapan } from '@madoguchi/shared-util-dates';
import type {
  ProcedureFinderRequest,
  ProcedureRecommendation,
} from '@madoguchi/procedures-contracts';
import type { ProcedureFinderRuleEntity } from '@madoguchi/server-database';

import { toProcedureDto } from '../catalog-dto.mapper.js';
import { catalogException } from '../catalog.exception.js';
import { CatalogSearchRepository } from '../catalog-search.repository.js';
import { CatalogSearchService } from '../catalog-search.service.js';
import type { CompiledProcedureFinderRule } from './procedure-finder-engine.js';
import {
  compileProcedureFinderRule,
  evaluateProcedureFinderRules,
} from './procedure-finder-engine.js';
import { deriveProcedureFinderFacts } from './procedure-finder-facts.js';
import { procedureFinderRuleSchema } from './procedure-finder-rules.schema.js';

/**
 * 「あなたに必要な手続」: runs the rules of `procedure_finder_rules` (seeded from
 * `seeds/catalog/procedure-finder-rules.json`) over what a household says about itself and returns
 * the procedures the municipality accepts, with the reason, priority and deadline of each.
 * Nothing of the answers is stored or logged.
 */
@Injectable()
export class ProcedureFinderService {
  /** Compiled rules by id; a rule is recompiled only when its checksum changes (re-seeding). */
  private readonly compiled = new Map<
    string,
    { checksum: string; rule: CompiledProcedureFinderRule }
  >();

  constructor(
    private readonly search: CatalogSearchRepository,
    private readonly catalogSearch: CatalogSearchService,
  ) {}

  async findProcedures(
    municipalityCode: string,
    request: ProcedureFinderRequest,
    today: string = todayInJapan(),
  ): Promise<ProcedureRecommendation[]> {
    await this.catalogSearch.requireMunicipality(municipalityCode);
    this.assertNoFutureBirthDates(request, today);
    const rules = (await this.search.listProcedureFinderRules()).map((row) => this.compile(row));
    const matches = evaluateProcedureFinderRules(rules, deriveProcedureFinderFacts(request, today));
    const accepted = new Map(
      (
        await this.search.listEnabledProcedures(
          municipalityCode,
          matches.map((match) => match.procedureId),
        )
      ).map((row) => [row.procedureId, row]),
    );
    return matches.flatMap((match) => {
      const procedure = accepted.get(match.procedureId);
      if (!procedure) {
        return [];
      }
      return [
        {
          procedure: toProcedureDto(procedure),
          reason: match.reason,
          priority: match.priority,
          ...(match.deadline === undefined ? {} : { deadline: match.deadline }),
          ruleId: match.ruleId,
        },
      ];
    });
  }

  private assertNoFutureBirthDates(request: ProcedureFinderRequest, today: string): void {
    const fields = request.household.children.flatMap((child, index) =>
      child.birthDate !== undefined && child.birthDate > today
        ? [
            {
              path: `household.children.${index}.birthDate`,
              code: 'birth_date_in_future',
              message: {
                ja: '生年月日が今日より後になっています。',
                en: 'The birth date is after today.',
              },
            },
          ]
        : [],
    );
    if (fields.length > 0) {
      throw catalogException('birth_date_in_future', fields);
    }
  }

  private compile(row: ProcedureFinderRuleEntity): CompiledProcedureFinderRule {
    const cached = this.compiled.get(row.id);
    if (cached && cached.checksum === row.checksum) {
      return cached.rule;
    }
    // Validated when seeded; parsed again here so defaults apply and a hand-edited row fails loudly.
    const rule = compileProcedureFinderRule(
      procedureFinderRuleSchema.parse(row.definition),
      row.position,
    );
    this.compiled.set(row.id, { checksum: row.checksum, rule });
    return rule;
  }
}
