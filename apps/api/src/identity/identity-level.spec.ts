import type { Actor } from './actor.js';
import { assertIdentityLevel } from './identity-level.js';

function resident(identityLevel: Actor['identityLevel']): Actor {
  return {
    kind: 'resident',
    id: 'r-1',
    displayName: '山田 花子',
    municipalityCode: null,
    staffRole: null,
    identityLevel,
  };
}

describe(assertIdentityLevel.name, () => {
  it.each([
    [1, 1],
    [2, 1],
    [3, 3],
    [3, 2],
  ] as const)('lets a level-%i session use a procedure that needs level %i', (level, required) => {
    // Arrange
    const actor = resident(level);

    // Act
    const act = (): void => assertIdentityLevel(actor, required);

    // Assert
    expect(act).not.toThrow();
  });

  it('refuses a level-1 session a procedure that needs level 3, telling it to use the My Number Card', () => {
    // Arrange
    const actor = resident(1);

    // Act
    let caught: unknown;
    try {
      assertIdentityLevel(actor, 3);
    } catch (error) {
      caught = error;
    }

    // Assert
    expect(caught).toMatchObject({ status: 403, code: 'identity_level_insufficient' });
    expect(JSON.stringify((caught as { messages: unknown }).messages)).toContain(
      'マイナンバーカード',
    );
  });
});
