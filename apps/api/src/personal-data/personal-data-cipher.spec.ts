import { randomBytes } from 'node:crypto';

import { PersonalDataCipher, isSealedValue, parsePersonalDataKeys } from './personal-data-cipher.js';

function keySpec(...ids: string[]): string {
  return ids.map((id) => `${id}:${randomBytes(32).toString('base64')}`).join(',');
}

describe(PersonalDataCipher.name, () => {
  it('seals without the plaintext and opens it again', () => {
    const cipher = new PersonalDataCipher(parsePersonalDataKeys(keySpec('k1')), 'k1');

    const sealed = cipher.seal('314159265352', 'myNumber');

    expect(isSealedValue(sealed)).toBe(true);
    expect(JSON.stringify(sealed)).not.toContain('31415926');
    expect(sealed.tail).toBe('5352');
    expect(cipher.open(sealed, 'myNumber')).toBe('314159265352');
  });

  it('refuses a sealed value moved to another field', () => {
    const cipher = new PersonalDataCipher(parsePersonalDataKeys(keySpec('k1')), 'k1');
    const sealed = cipher.seal('314159265352', 'children.0.myNumber');

    expect(() => cipher.open(sealed, 'children.1.myNumber')).toThrow();
  });

  it('opens values sealed with an older key after rotation', () => {
    const keys = parsePersonalDataKeys(keySpec('old', 'new'));
    const sealed = new PersonalDataCipher(keys, 'old').seal('123456789018', 'myNumber');

    const rotated = new PersonalDataCipher(keys, 'new');

    expect(rotated.open(sealed, 'myNumber')).toBe('123456789018');
    expect(rotated.seal('123456789018', 'myNumber').kid).toBe('new');
  });

  it('rejects keys of the wrong length', () => {
    expect(() => parsePersonalDataKeys('k1:c2hvcnQ=')).toThrow('32 bytes');
  });
});
