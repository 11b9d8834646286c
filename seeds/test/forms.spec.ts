import {
  checkFormDefinition,
  compileForm,
  formDefinitionSchema,
  resolveSampleDates,
} from './support/meta-schema.js';
import type { FormDefinition } from './support/meta-schema.js';
import { findDefinitionProblems } from './support/form-walker.js';
import { findSampleProblems } from './support/sample-checker.js';
import { listFormFiles, listFormFolders, listSampleFiles, readJson } from './support/seed-files.js';

/** The 27 procedures every municipality must be able to offer online (26 子育て・介護 + 罹災証明書). */
const STANDARD_PROCEDURES = [
  'child-allowance-certification',
  'child-allowance-amount-revision',
  'child-allowance-change-notification',
  'child-allowance-eligibility-loss',
  'child-allowance-unpaid-claim',
  'child-allowance-donation',
  'child-allowance-donation-change',
  'child-allowance-school-meal-collection',
  'child-allowance-school-meal-collection-change',
  'child-allowance-status-report',
  'childcare-benefit-certification',
  'childcare-facility-application',
  'childcare-facility-status-report',
  'child-rearing-allowance-status-report',
  'pregnancy-notification',
  'care-need-certification',
  'care-need-certification-renewal',
  'care-need-certification-change',
  'care-plan-creation-request',
  'care-copayment-certificate-reissue',
  'care-insurance-card-reissue',
  'high-cost-care-service-benefit',
  'care-cost-limit-certification',
  'welfare-equipment-purchase',
  'home-renovation-benefit',
  'care-certification-after-move',
  'disaster-damage-certificate',
] as const;

const formFiles = listFormFiles();

function parseForm(path: string): FormDefinition {
  return formDefinitionSchema.parse(readJson(path));
}

function latestForm(folder: string): FormDefinition {
  const latest = formFiles.filter((file) => file.folder === folder).at(-1);
  if (latest === undefined) {
    throw new Error(`no form version in ${folder}`);
  }
  return parseForm(latest.path);
}

describe('seeds/forms', () => {
  it('holds a definition for each of the 27 standard procedures', () => {
    // Act
    const folders = listFormFolders();

    // Assert
    expect(folders).toEqual(expect.arrayContaining([...STANDARD_PROCEDURES]));
  });

  it('holds only folders with at least one v<N>.json', () => {
    // Arrange
    const foldersWithVersions = new Set(formFiles.map((file) => file.folder));

    // Act
    const empty = listFormFolders().filter((folder) => !foldersWithVersions.has(folder));

    // Assert
    expect(empty).toEqual([]);
  });
});

describe.each(formFiles)('$folder v$version', ({ folder, version, path }) => {
  it('parses with formDefinitionSchema', () => {
    // Act
    const result = formDefinitionSchema.safeParse(readJson(path));

    // Assert
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('has the folder name as id and the file version as version', () => {
    // Act
    const form = parseForm(path);

    // Assert
    expect({ id: form.id, version: form.version }).toEqual({ id: folder, version });
  });

  it('references only existing option lists, slots and field paths, with unique ids', () => {
    // Arrange
    const form = parseForm(path);

    // Act
    const problems = findDefinitionProblems(form);

    // Assert
    expect(problems).toEqual([]);
  });

  it('passes the cross-checks of the form engine', () => {
    // Arrange
    const form = parseForm(path);

    // Act
    const issues = checkFormDefinition(form);

    // Assert
    expect(issues).toEqual([]);
  });
});

const samples = listFormFolders().flatMap((folder) => listSampleFiles(folder));

describe.each(samples)('$folder samples/$name', ({ folder, path }) => {
  it('is a complete, valid answer to the latest version', () => {
    // Arrange
    const form = latestForm(folder);

    // Act
    const problems = findSampleProblems(form, resolveSampleDates(readJson(path)));

    // Assert
    expect(problems).toEqual([]);
  });
});

describe.each(samples)('$folder samples/$name (engine)', ({ folder, path }) => {
  it('passes the compiled validator of the form engine', () => {
    // Arrange
    const today = '2026-11-20';
    const compiled = compileForm(latestForm(folder), { today: () => today });

    // Act
    const result = compiled.validate(resolveSampleDates(readJson(path), today));

    // Assert
    expect(result.ok ? [] : result.issues.map((issue) => `${issue.path}: ${issue.code}`)).toEqual(
      [],
    );
  });
});

describe.each(samples)('$folder samples/$name (any day)', ({ folder, path }) => {
  // The date ranges are relative to today and the e2e journeys fill these samples on any day:
  // a sample's dates must be relative where the range is (`today+P6M`), or far enough inside.
  it.each(['2026-12-03', '2031-02-28', '2040-12-31'])('stays valid on %s', (today) => {
    // Arrange
    const compiled = compileForm(latestForm(folder), { today: () => today });

    // Act
    const result = compiled.validate(resolveSampleDates(readJson(path), today));

    // Assert
    expect(result.ok ? [] : result.issues.map((issue) => `${issue.path}: ${issue.code}`)).toEqual(
      [],
    );
  });
});

describe('seeds/forms samples', () => {
  it('has samples/valid.json for every form', () => {
    // Act
    const missing = listFormFolders().filter(
      (folder) => !listSampleFiles(folder).some((sample) => sample.name === 'valid.json'),
    );

    // Assert
    expect(missing).toEqual([]);
  });
});
