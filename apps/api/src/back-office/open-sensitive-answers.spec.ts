import { randomBytes } from 'node:crypto';

import { PersonalDataCipher } from '../personal-data/personal-data-cipher.js';
import { sealSensitiveAnswers } from '../personal-data/sensitive-answers.js';
import { openSensitiveAnswers } from './open-sensitive-answers.js';

describe(openSensitiveAnswers.name, () => {
  const record = {
    kind: 'application',
    id: '6f1c3a2e-0000-4000-8000-000000000001',
    municipalityCode: '131016',
  } as const;
  const cipher = new PersonalDataCipher(new Map([['k1', randomBytes(32)]]), 'k1');

  it('opens the sealed values at the paths, on a copy, and names them', () => {
    // Arrange
    const paths = ['myNumber', 'children.1.myNumber'];
    const stored = sealSensitiveAnswers(
      {
        myNumber: '314159265352',
        children: [{ name: 'a' }, { name: 'b', myNumber: '123456789018' }],
      },
      paths,
      cipher,
      record,
    );

    // Act
    const { answers, openedPaths } = openSensitiveAnswers(
      stored,
      [...paths, 'children.0.myNumber'],
      cipher,
      record,
    );

    // Assert
    expect(answers).toEqual({
      myNumber: '314159265352',
      children: [{ name: 'a' }, { name: 'b', myNumber: '123456789018' }],
    });
    expect(openedPaths).toEqual(paths);
    expect(JSON.stringify(stored)).not.toContain('314159265352');
  });
});
