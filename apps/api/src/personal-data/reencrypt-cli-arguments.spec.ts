import { formatReencryptReport, parseReencryptArguments } from './reencrypt-cli-arguments.js';
import type { TableReencryptReport } from './reencrypt-personal-data.js';

const EMPTY: TableReencryptReport = {
  rowsExamined: 0,
  rowsRewritten: 0,
  valuesResealed: 0,
  fromFormat1: 0,
  fromOtherKeys: 0,
  unreadable: [],
};

describe(parseReencryptArguments.name, () => {
  it.each([
    [[], { isDryRun: false, batchSize: 500 }],
    [['--dry-run'], { isDryRun: true, batchSize: 500 }],
    [['--batch-size=50', '--dry-run'], { isDryRun: true, batchSize: 50 }],
    [['--batch-size', '7'], { isDryRun: false, batchSize: 7 }],
  ])('reads %j', (args, expected) => {
    expect(parseReencryptArguments(args)).toEqual(expected);
  });

  it.each([[['--batch-size=0']], [['--batch-size=abc']], [['--batch-size']], [['--force']]])(
    'refuses %j by name',
    (args) => {
      expect(() => parseReencryptArguments(args)).toThrow(/--batch-size|Unknown argument/);
    },
  );
});

describe(formatReencryptReport.name, () => {
  it('prints counts per table and the row and field of a value that did not open', () => {
    const text = formatReencryptReport({
      keyId: 'key-b',
      isDryRun: true,
      tables: {
        applications: {
          ...EMPTY,
          rowsExamined: 2,
          rowsRewritten: 1,
          valuesResealed: 1,
          fromFormat1: 1,
          fromOtherKeys: 1,
          unreadable: [{ rowId: 'a1', path: 'myNumber', reason: 'not_authentic' }],
        },
        application_answer_versions: EMPTY,
        drafts: {
          ...EMPTY,
          rowsExamined: 3,
          rowsRewritten: 3,
          valuesResealed: 4,
          fromOtherKeys: 4,
        },
      },
    });

    expect(text).toContain('reencrypt (dry run, nothing written): current key "key-b"');
    expect(text).toContain(
      'applications: 2 rows with stale envelopes, would re-seal 1 values in 1 rows (1 from format 1, 1 from other keys), 1 did not open',
    );
    expect(text).toContain('not opened: applications row a1 field myNumber (not_authentic)');
    expect(text).toContain('total: would re-seal 5 values; 1 did not open');
  });
});
