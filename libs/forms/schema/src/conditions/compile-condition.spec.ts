import fc from 'fast-check';
import { applyJsonLogic, collectConditionVars, compileCondition } from './compile-condition.js';

const ROOT = { a: 1, b: '1', c: [1, 2], d: { e: true }, s: 'hello', z: 0, n: null, empty: [] };
const ITEM = { x: 5, y: 'abc' };

describe(compileCondition.name, () => {
  it.each([
    [{ var: 'a' }, 1],
    [{ var: 'd.e' }, true],
    [{ var: 'missing' }, null],
    [{ var: ['missing', 'fallback'] }, 'fallback'],
    [{ var: 'c.1' }, 2],
    [{ var: '$item.x' }, 5],
    [{ var: '$index' }, 2],
    [{ '==': [{ var: 'a' }, { var: 'b' }] }, true],
    [{ '===': [{ var: 'a' }, { var: 'b' }] }, false],
    [{ '!': { var: 'empty' } }, true],
    [{ '!!': [{ var: 'z' }] }, false],
    [{ and: [{ var: 'a' }, { var: 's' }] }, 'hello'],
    [{ or: [{ var: 'z' }, { var: 'empty' }] }, []],
    [{ if: [{ var: 'z' }, 'yes', { var: 'a' }, 'a', 'no'] }, 'a'],
    [{ '<': [0, { var: '$item.x' }, 10] }, true],
    [{ '<=': [{ var: 'a' }, 0] }, false],
    [{ in: ['ell', { var: 's' }] }, true],
    [{ in: [2, { var: 'c' }] }, true],
    [{ in: ['x', ''] }, false],
    [{ some: [{ var: 'c' }, { '>': [{ var: '' }, 1] }] }, true],
    [{ '+': [{ var: 'a' }, { var: '$index' }] }, 3],
    [{ cat: ['a', { var: '$item.y' }] }, 'aabc'],
  ])('evaluates %j like json-logic-js', (rule, expected) => {
    // Arrange
    const scope = { root: ROOT, item: ITEM, index: 2 };

    // Act
    const value = compileCondition(rule)(scope);

    // Assert
    expect(value).toEqual(expected);
    expect(value).toEqual(applyJsonLogic(rule, scope));
  });

  it('always agrees with json-logic-js on generated rules', () => {
    const leaf = fc.oneof(
      fc.constantFrom(
        { var: 'a' },
        { var: 'b' },
        { var: 'z' },
        { var: 'n' },
        { var: 's' },
        { var: 'c' },
        { var: 'empty' },
        { var: 'nope' },
        { var: '$item.x' },
        { var: '$index' },
      ),
      fc.oneof(
        fc.integer({ min: -3, max: 3 }),
        fc.constantFrom('1', 'hello', '', true, false, null),
      ),
    );
    const rule = fc.letrec<{ node: unknown }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        leaf,
        fc
          .tuple(
            fc.constantFrom('==', '!=', '===', '!==', '>', '>=', '<', '<=', 'in'),
            tie('node'),
            tie('node'),
          )
          .map(([op, a, b]) => ({ [op]: [a, b] })),
        fc
          .tuple(
            fc.constantFrom('and', 'or', 'if'),
            fc.array(tie('node'), { minLength: 1, maxLength: 4 }),
          )
          .map(([op, args]) => ({ [op]: args })),
        fc.tuple(fc.constantFrom('!', '!!'), tie('node')).map(([op, a]) => ({ [op]: a })),
      ),
    })).node;

    fc.assert(
      fc.property(rule, (generated) => {
        const scope = { root: ROOT, item: ITEM, index: 1 };
        expect(compileCondition(generated)(scope)).toEqual(applyJsonLogic(generated, scope));
      }),
      { numRuns: 500 },
    );
  });
});

describe(collectConditionVars.name, () => {
  it('collects literal var paths but not those inside array operators', () => {
    const rule = {
      and: [{ var: 'a.b' }, { some: [{ var: 'children' }, { var: 'x' }] }, { var: ['c', 1] }],
    };

    expect(collectConditionVars(rule)).toEqual(['a.b', 'children', 'c']);
  });
});
