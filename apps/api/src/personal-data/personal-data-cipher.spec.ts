import { createCipheriv, randomBytes } from 'node:crypto';

import type { SealedRecord, SealedValue, SealingContext } from './personal-data-cipher.js';
import {
  PersonalDataCipher,
  isSealedValue,
  parsePersonalDataKeys,
} from './personal-data-cipher.js';
import { PersonalDataUnreadableError } from './personal-data.exception.js';

function keySpec(...ids: string[]): string {
  return ids.map((id) => `${id}:${randomBytes(32).toString('base64')}`).join(',');
}

const APPLICATION: SealedRecord = {
  kind: 'application',
  id: '6f1c3a2e-0000-4000-8000-000000000001',
  municipalityCode: '131016',
};
const at = (path: string, record: SealedRecord = APPLICATION): SealingContext => ({ record, path });

/** An envelope as releases before the record binding wrote it: no `v`, the field path as associated data. */
function sealFormat1(key: Buffer, kid: string, plaintext: string, path: string): SealedValue {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(path, 'utf8'));
  const ct = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return {
    $sealed: 'aes-256-gcm',
    kid,
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    ct: ct.toString('base64'),
    tail: plaintext.slice(-4),
  };
}

function reasonOf(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    return error instanceof PersonalDataUnreadableError ? error.reason : 'other error';
  }
  return undefined;
}

describe(PersonalDataCipher.name, () => {
  it('seals in format 2 without the plaintext and opens it again', () => {
    const cipher = new PersonalDataCipher(parsePersonalDataKeys(keySpec('k1')), 'k1');

    const sealed = cipher.seal('314159265352', at('myNumber'));

    expect(isSealedValue(sealed)).toBe(true);
    expect(sealed).toMatchObject({ v: 2, kid: 'k1', tail: '5352' });
    expect(JSON.stringify(sealed)).not.toContain('31415926');
    expect(cipher.open(sealed, at('myNumber'))).toBe('314159265352');
  });

  it('refuses a sealed value moved to another field', () => {
    const cipher = new PersonalDataCipher(parsePersonalDataKeys(keySpec('k1')), 'k1');
    const sealed = cipher.seal('314159265352', at('children.0.myNumber'));

    expect(reasonOf(() => cipher.open(sealed, at('children.1.myNumber')))).toBe('not_authentic');
  });

  it.each([
    ['another application', { ...APPLICATION, id: '6f1c3a2e-0000-4000-8000-000000000002' }],
    ['another municipality', { ...APPLICATION, municipalityCode: '141003' }],
    ['a draft with the same id', { ...APPLICATION, kind: 'draft' as const }],
  ])('refuses a sealed value copied to %s', (_label, other) => {
    const cipher = new PersonalDataCipher(parsePersonalDataKeys(keySpec('k1')), 'k1');
    const sealed = cipher.seal('314159265352', at('myNumber'));

    expect(reasonOf(() => cipher.open(sealed, at('myNumber', other)))).toBe('not_authentic');
  });

  it('refuses an envelope relabelled as format 1 and one with an altered tail', () => {
    const cipher = new PersonalDataCipher(parsePersonalDataKeys(keySpec('k1')), 'k1');
    const { v: _v, ...relabelled } = cipher.seal('314159265352', at('myNumber'));

    expect(reasonOf(() => cipher.open(relabelled, at('myNumber')))).toBe('not_authentic');
    expect(
      reasonOf(() =>
        cipher.open(
          { ...cipher.seal('314159265352', at('myNumber')), tail: '0000' },
          at('myNumber'),
        ),
      ),
    ).toBe('not_authentic');
  });

  it('opens a format 1 envelope by its field path, and counts it as not current', () => {
    const keys = parsePersonalDataKeys(keySpec('k1'));
    const cipher = new PersonalDataCipher(keys, 'k1');
    const legacy = sealFormat1(keys.get('k1')!, 'k1', '123456789018', 'myNumber');

    expect(cipher.open(legacy, at('myNumber'))).toBe('123456789018');
    expect(cipher.isCurrent(legacy)).toBe(false);
    expect(cipher.isCurrent(cipher.seal('123456789018', at('myNumber')))).toBe(true);
  });

  it('refuses format 1 once it is retired, and still opens format 2', () => {
    const keys = parsePersonalDataKeys(keySpec('k1'));
    const cipher = new PersonalDataCipher(keys, 'k1', { opensFormat1: false });
    const legacy = sealFormat1(keys.get('k1')!, 'k1', '123456789018', 'myNumber');

    expect(reasonOf(() => cipher.open(legacy, at('myNumber')))).toBe('format_retired');
    expect(cipher.open(cipher.seal('123456789018', at('myNumber')), at('myNumber'))).toBe(
      '123456789018',
    );
  });

  it('opens values sealed with an older key after rotation, and seals new ones with the active key', () => {
    const keys = parsePersonalDataKeys(keySpec('old', 'new'));
    const sealed = new PersonalDataCipher(keys, 'old').seal('123456789018', at('myNumber'));

    const rotated = new PersonalDataCipher(keys, 'new');

    expect(rotated.open(sealed, at('myNumber'))).toBe('123456789018');
    expect(rotated.isCurrent(sealed)).toBe(false);
    expect(rotated.seal('123456789018', at('myNumber')).kid).toBe('new');
  });

  it('names a missing key and an unknown format as their own reasons, never the value', () => {
    const sealed = new PersonalDataCipher(parsePersonalDataKeys(keySpec('gone')), 'gone').seal(
      '123456789018',
      at('myNumber'),
    );
    const cipher = new PersonalDataCipher(parsePersonalDataKeys(keySpec('k1')), 'k1');

    expect(reasonOf(() => cipher.open(sealed, at('myNumber')))).toBe('key_unavailable');
    expect(reasonOf(() => cipher.open({ ...sealed, kid: 'k1', v: 9 }, at('myNumber')))).toBe(
      'unknown_format',
    );
    expect(() => cipher.open(sealed, at('myNumber'))).toThrow(
      expect.objectContaining({ status: 503, code: 'personal_data_key_unavailable' }),
    );
  });

  it('rejects keys of the wrong length', () => {
    expect(() => parsePersonalDataKeys('k1:c2hvcnQ=')).toThrow('32 bytes');
  });
});
