import type { SealedRecord } from './personal-data-cipher.js';
import { PersonalDataCipher } from './personal-data-cipher.js';
import {
  findSealedAnswers,
  maskSensitiveAnswers,
  sealSensitiveAnswers,
} from './sensitive-answers.js';

const DRAFT: SealedRecord = {
  kind: 'draft',
  id: '6f1c3a2e-0000-4000-8000-00000000000d',
  municipalityCode: '131016',
};

describe(maskSensitiveAnswers.name, () => {
  it('masks a nested value inside a repeating group and leaves the rest', () => {
    const answers = {
      name: '山田',
      children: [{ myNumber: '123456789018' }, { myNumber: '987654321098' }],
    };

    const masked = maskSensitiveAnswers(answers, ['children.1.myNumber']);

    expect(masked).toEqual({
      name: '山田',
      children: [{ myNumber: '123456789018' }, { myNumber: '********1098' }],
    });
    expect(answers.children[1]?.myNumber).toBe('987654321098');
  });

  it('ignores a path that is not present', () => {
    expect(maskSensitiveAnswers({ a: 1 }, ['b.c'])).toEqual({ a: 1 });
  });
});

describe(sealSensitiveAnswers.name, () => {
  it('seals only the sensitive paths and masks them from the tail', () => {
    const cipher = new PersonalDataCipher(new Map([['k1', Buffer.alloc(32, 7)]]), 'k1');
    const answers = { name: '山田', children: [{ myNumber: '123456789018' }] };

    const sealed = sealSensitiveAnswers(answers, ['children.0.myNumber'], cipher, DRAFT);

    expect(JSON.stringify(sealed)).not.toContain('123456789018');
    expect(sealed.name).toBe('山田');
    expect(maskSensitiveAnswers(sealed, ['children.0.myNumber'])).toEqual({
      name: '山田',
      children: [{ myNumber: '********9018' }],
    });
  });

  it.each([
    ['a JSON number', 123456789018],
    ['an array', ['123456789018']],
    [
      'an object',
      { v: 1, keyId: 'k1', iv: 'x', tag: 'y', data: 'z', tail: '9018', clear: '123456789018' },
    ],
    ['a boolean', true],
  ])('seals %s like a string, never keeping it in clear', (_kind, value) => {
    // Arrange
    const cipher = new PersonalDataCipher(new Map([['k1', Buffer.alloc(32, 7)]]), 'k1');

    // Act
    const sealed = sealSensitiveAnswers({ myNumber: value }, ['myNumber'], cipher, DRAFT);

    // Assert
    expect(JSON.stringify(sealed)).not.toContain('12345678');
    expect(cipher.open(sealed.myNumber as never, { record: DRAFT, path: 'myNumber' })).toBe(
      typeof value === 'string' ? value : JSON.stringify(value),
    );
  });

  it('leaves a null answer alone', () => {
    const cipher = new PersonalDataCipher(new Map([['k1', Buffer.alloc(32, 7)]]), 'k1');

    expect(sealSensitiveAnswers({ myNumber: null }, ['myNumber'], cipher, DRAFT)).toEqual({
      myNumber: null,
    });
  });
});

describe(findSealedAnswers.name, () => {
  it('finds sealed values at any depth with the paths they were sealed at', () => {
    const cipher = new PersonalDataCipher(new Map([['k1', Buffer.alloc(32, 7)]]), 'k1');
    const paths = ['myNumber', 'children.1.myNumber'];
    const sealed = sealSensitiveAnswers(
      { myNumber: '314159265352', children: [{}, { myNumber: '123456789018' }] },
      paths,
      cipher,
      DRAFT,
    );

    const found = findSealedAnswers(sealed);

    expect(found.map((item) => item.path)).toEqual(paths);
    expect(
      found.map((item) => cipher.open(item.sealed, { record: DRAFT, path: item.path })),
    ).toEqual(['314159265352', '123456789018']);
  });
});
