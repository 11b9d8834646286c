import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { procedureFinderRequestSchema } from '@madoguchi/procedures-contracts';

import type { CompiledProcedureFinderRule } from './procedure-finder-engine.js';
import {
  compileProcedureFinderRule,
  evaluateProcedureFinderRules,
  formatDate,
} from './procedure-finder-engine.js';
import { CHILD_FACTS, ROOT_FACTS, deriveProcedureFinderFacts } from './procedure-finder-facts.js';
import { procedureFinderRulesFileSchema } from './procedure-finder-rules.schema.js';

const SEEDS = new URL('../../../../../seeds/', import.meta.url);
const RULES_FILE = procedureFinderRulesFileSchema.parse(
  JSON.parse(readFileSync(new URL('catalog/procedure-finder-rules.json', SEEDS), 'utf8')),
);
const RULES: CompiledProcedureFinderRule[] = RULES_FILE.rules.map((rule, position) =>
  compileProcedureFinderRule(rule, position),
);
// Wednesday 14 January 2026; 2026-01-12 is 成人の日.
const TODAY = '2026-01-14';

function run(household: Record<string, unknown>, today = TODAY) {
  const request = procedureFinderRequestSchema.parse({ household });
  return evaluateProcedureFinderRules(RULES, deriveProcedureFinderFacts(request, today));
}

describe('seeds/catalog/procedure-finder-rules.json', () => {
  it('documents exactly the facts the API derives', () => {
    // Arrange
    const derived = [...ROOT_FACTS, ...CHILD_FACTS.map((fact) => `$item.${fact}`), '$index'];

    // Assert
    expect(Object.keys(RULES_FILE.facts).sort()).toEqual(derived.sort());
  });

  it('names only procedures that have a standard form', () => {
    for (const rule of RULES_FILE.rules) {
      expect(existsSync(fileURLToPath(new URL(`forms/${rule.procedureId}/v1.json`, SEEDS)))).toBe(
        true,
      );
    }
  });

  it('explains every rule with a comment', () => {
    for (const rule of RULES_FILE.rules) {
      expect(rule.comment.length).toBeGreaterThan(20);
    }
  });
});

describe(evaluateProcedureFinderRules.name, () => {
  it('suggests nothing to a household with nothing to do', () => {
    expect(run({})).toEqual([]);
  });

  it('gives a newborn 児童手当 claim the deadline of 15 days after the birth', () => {
    // Act
    const [match] = run({ children: [{ birthDate: '2026-01-07', livesWithApplicant: true }] });

    // Assert
    expect(match).toMatchObject({
      ruleId: 'child-allowance-newborn',
      procedureId: 'child-allowance-certification',
      priority: 1,
      deadline: '2026-01-22',
    });
    expect(match?.reason.ja).toContain('期限は2026年1月22日です');
    expect(match?.reason.en).toContain('The deadline is 22 January 2026');
    expect(match?.reason.easyJa).toContain('2026年1月22日');
  });

  it('moves a deadline on a closed day to the next open day, and keeps the match until then', () => {
    // Arrange: born 2025-12-20, +15 days = 2026-01-04 (Sunday, after the year-end closure).
    const household = { children: [{ birthDate: '2025-12-20', livesWithApplicant: true }] };

    // Act
    const onMonday = run(household, '2026-01-05');
    const onTuesday = run(household, '2026-01-06');

    // Assert
    expect(onMonday[0]?.deadline).toBe('2026-01-05');
    expect(onTuesday).toEqual([]);
  });

  it('keeps the nearest deadline when several children match the same rule', () => {
    // Act
    const [match] = run({
      children: [
        { birthDate: '2026-01-10', livesWithApplicant: true },
        { birthDate: '2026-01-05', livesWithApplicant: true },
      ],
    });

    // Assert
    expect(match?.deadline).toBe('2026-01-20');
  });

  it('keeps one match per procedure: the most urgent rule wins', () => {
    // Arrange: moved in on 2026-01-13 (deadline 01-28) with a newborn of 01-06 (deadline 01-21).
    const household = {
      movedInOn: '2026-01-13',
      children: [{ birthDate: '2026-01-06', livesWithApplicant: true }],
    };

    // Act
    const matches = run(household);

    // Assert
    expect(
      matches.filter((match) => match.procedureId === 'child-allowance-certification'),
    ).toEqual([
      expect.objectContaining({ ruleId: 'child-allowance-newborn', deadline: '2026-01-21' }),
    ]);
  });

  it('orders by priority, then by deadline', () => {
    // Act
    const matches = run({
      isDisasterAffected: true,
      isExpecting: true,
      isEveryParentWorking: true,
      children: [{ age: 2, livesWithApplicant: true }],
      careRecipient: {
        age: 90,
        certification: 'requiresCare',
        certificationExpiresOn: '2026-02-01',
      },
    });

    // Assert
    expect(matches.map((match) => [match.priority, match.procedureId])).toEqual([
      [1, 'care-need-certification-renewal'],
      [1, 'pregnancy-notification'],
      [1, 'disaster-damage-certificate'],
      [2, 'childcare-benefit-certification'],
      [2, 'childcare-facility-application'],
      [3, 'care-plan-creation-request'],
    ]);
  });

  it('does not move the 更新認定 deadline past the expiry, even on a closed day', () => {
    // Act: 2026-02-01 is a Sunday.
    const matches = run({
      careRecipient: {
        age: 90,
        certification: 'requiresSupport',
        certificationExpiresOn: '2026-02-01',
      },
    });

    // Assert
    expect(matches[0]).toMatchObject({
      procedureId: 'care-need-certification-renewal',
      deadline: '2026-02-01',
    });
  });

  it('suggests 要介護認定 at 40–64 only for a 特定疾病, and never under 40', () => {
    const ids = (careRecipient: Record<string, unknown>) =>
      run({ careRecipient }).map((match) => match.procedureId);

    expect(ids({ age: 55, certification: 'none', hasSpecifiedDisease: true })).toEqual([
      'care-need-certification',
    ]);
    expect(ids({ age: 55, certification: 'none' })).toEqual([]);
    expect(ids({ age: 30, certification: 'none', hasSpecifiedDisease: true })).toEqual([]);
  });

  it('carries a certification over after a move only within 14 days, not as a renewal', () => {
    // Arrange
    const careRecipient = {
      age: 85,
      certification: 'requiresCare',
      certificationExpiresOn: '2026-02-10',
      isCertifiedByPreviousMunicipality: true,
    };

    // Act
    const within = run({ movedInOn: '2026-01-02', careRecipient });
    const after = run({ movedInOn: '2025-12-20', careRecipient });

    // Assert: 2026-01-02 + 14 = 2026-01-16 (Friday).
    expect(within.map((match) => [match.procedureId, match.deadline])).toEqual([
      ['care-certification-after-move', '2026-01-16'],
    ]);
    expect(after).toEqual([]);
  });

  it('suggests 2号認定 for a preschool child of 3 or more, and nothing for a schoolchild', () => {
    // Act
    const preschool = run({
      isEveryParentWorking: true,
      children: [{ age: 4, livesWithApplicant: true }],
    });
    const schoolchild = run({
      isEveryParentWorking: true,
      children: [{ age: 7, livesWithApplicant: true }],
    });

    // Assert
    expect(
      preschool.find((match) => match.procedureId === 'childcare-benefit-certification')?.ruleId,
    ).toBe('childcare-certification-preschool');
    expect(schoolchild).toEqual([]);
  });

  it('does not suggest childcare for a child who lives apart', () => {
    expect(
      run({ isEveryParentWorking: true, children: [{ age: 1, livesWithApplicant: false }] }),
    ).toEqual([]);
  });
});

describe(formatDate.name, () => {
  it.each([
    ['ja', '2026年1月22日'],
    ['en', '22 January 2026'],
    ['easyJa', '2026年1月22日'],
  ] as const)('writes a date in %s as %s', (language, expected) => {
    expect(formatDate('2026-01-22', language)).toBe(expected);
  });
});
