import type { ProcedureFinderRequest } from '@madoguchi/procedures-contracts';
import { procedureFinderRequestSchema } from '@madoguchi/procedures-contracts';

import { deriveProcedureFinderFacts } from './procedure-finder-facts.js';

function household(input: Record<string, unknown>): ProcedureFinderRequest {
  return procedureFinderRequestSchema.parse({ household: input });
}

describe(deriveProcedureFinderFacts.name, () => {
  it('derives ages and day counts from the dates, as of today', () => {
    // Arrange
    const request = household({
      isExpecting: true,
      dueDate: '2026-03-01',
      children: [{ birthDate: '2026-01-04', livesWithApplicant: true }],
      movedInOn: '2026-01-10',
    });

    // Act
    const facts = deriveProcedureFinderFacts(request, '2026-01-14');

    // Assert
    expect(facts).toMatchObject({
      today: '2026-01-14',
      daysUntilDue: 46,
      hasChildren: true,
      daysSinceMoveIn: 4,
      hasCareRecipient: false,
      careRecipient: null,
      disasterOccurredOn: null,
    });
    expect(facts.children[0]).toEqual({
      birthDate: '2026-01-04',
      age: 0,
      ageInDays: 10,
      livesWithApplicant: true,
      isPreschool: true,
      isChildAllowanceAge: true,
    });
  });

  it('leaves what cannot be known as null when only an age is given', () => {
    // Act
    const facts = deriveProcedureFinderFacts(
      household({ children: [{ age: 7, livesWithApplicant: false }] }),
      '2026-01-14',
    );

    // Assert
    expect(facts.children[0]).toEqual({
      birthDate: null,
      age: 7,
      ageInDays: null,
      livesWithApplicant: false,
      isPreschool: false,
      isChildAllowanceAge: true,
    });
  });

  it('starts school on the April 1 after the 6th birthday (早生まれ: born April 1 goes a year earlier)', () => {
    // Arrange
    const request = household({
      children: [
        { birthDate: '2020-04-01', livesWithApplicant: true },
        { birthDate: '2020-04-02', livesWithApplicant: true },
      ],
    });

    // Act
    const facts = deriveProcedureFinderFacts(request, '2026-04-01');

    // Assert
    expect(facts.children.map((child) => child.isPreschool)).toEqual([false, true]);
  });

  it('ends 児童手当 on the first March 31 after reaching 18', () => {
    // Arrange
    const request = household({
      children: [
        { birthDate: '2008-04-01', livesWithApplicant: true },
        { birthDate: '2008-04-02', livesWithApplicant: true },
      ],
    });

    // Act
    const facts = deriveProcedureFinderFacts(request, '2026-04-01');

    // Assert
    expect(facts.children.map((child) => child.isChildAllowanceAge)).toEqual([false, true]);
  });

  it('makes a child born on 2/29 a year older on 3/1 in a common year', () => {
    // Arrange
    const request = household({
      children: [{ birthDate: '2020-02-29', livesWithApplicant: true }],
    });

    // Act
    const onFeb28 = deriveProcedureFinderFacts(request, '2026-02-28');
    const onMar1 = deriveProcedureFinderFacts(request, '2026-03-01');

    // Assert
    expect(onFeb28.children[0]?.age).toBe(5);
    expect(onMar1.children[0]?.age).toBe(6);
  });

  it('derives the days until a care certification expires', () => {
    // Act
    const facts = deriveProcedureFinderFacts(
      household({
        careRecipient: {
          age: 80,
          certification: 'requiresCare',
          certificationExpiresOn: '2026-02-13',
        },
      }),
      '2026-01-14',
    );

    // Assert
    expect(facts.careRecipient).toEqual({
      age: 80,
      certification: 'requiresCare',
      certificationExpiresOn: '2026-02-13',
      daysUntilCertificationExpiry: 30,
      isCertifiedByPreviousMunicipality: false,
      hasSpecifiedDisease: false,
    });
  });
});
