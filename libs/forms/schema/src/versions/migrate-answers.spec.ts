import {
  migrateAnswers,
  migrateAnswersAcross,
  type FormMigrationInput,
} from './migrate-answers.js';

describe(migrateAnswers.name, () => {
  it('renames, drops and fills defaults without changing the input', () => {
    // Arrange
    const answers = {
      tel: '0312345678',
      fax: '0312345679',
      applicant: { kana: 'ヤマダ' },
      children: [{ nm: 'a', old: 1 }, { nm: 'b' }],
    };

    // Act
    const migrated = migrateAnswers(answers, {
      from: 1,
      to: 2,
      renames: {
        tel: 'contact.phone',
        'applicant.kana': 'applicant.familyKana',
        'children.*.nm': 'children.*.name',
      },
      drops: ['fax', 'children.*.old'],
      defaults: { hasSpouse: false, 'children.*.livesTogether': true },
    });

    // Assert
    expect(migrated).toEqual({
      contact: { phone: '0312345678' },
      applicant: { familyKana: 'ヤマダ' },
      children: [
        { name: 'a', livesTogether: true },
        { name: 'b', livesTogether: true },
      ],
      hasSpouse: false,
    });
    expect(answers.tel).toBe('0312345678');
  });

  it('keeps an existing answer over a default', () => {
    expect(
      migrateAnswers({ hasSpouse: true }, { from: 1, to: 2, defaults: { hasSpouse: false } }),
    ).toEqual({ hasSpouse: true });
  });

  it('rejects a migration that goes backwards', () => {
    expect(() => migrateAnswers({}, { from: 2, to: 1 })).toThrow();
  });
});

describe(migrateAnswersAcross.name, () => {
  it('chains migrations from one version to another', () => {
    const migrations: FormMigrationInput[] = [
      { from: 1, to: 2, renames: { a: 'b' } },
      { from: 2, to: 3, renames: { b: 'c' } },
    ];

    expect(migrateAnswersAcross({ a: 1 }, migrations, 1, 3)).toEqual({ c: 1 });
    expect(() => migrateAnswersAcross({ a: 1 }, migrations, 3, 4)).toThrow(
      /no migration from version 3/,
    );
  });
});
