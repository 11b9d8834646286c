import { basename } from 'node:path';
import { isValidLocalGovernmentCode } from './support/meta-schema.js';
import {
  listFormFolders,
  listMunicipalityFiles,
  listOverlayFiles,
  readJson,
} from './support/seed-files.js';

type Municipality = {
  code: string;
  name: { ja: string; en: string };
  prefecture: { ja: string; en: string };
  procedures: string[];
  contact: { department: { ja: string; en: string }; phone: string; email: string };
};

function isMunicipality(value: unknown): value is Municipality {
  if (value === null || typeof value !== 'object') {
    return false;
  }
  const candidate = value as Partial<Municipality>;
  return (
    typeof candidate.code === 'string' &&
    typeof candidate.name?.ja === 'string' &&
    typeof candidate.name.en === 'string' &&
    typeof candidate.prefecture?.ja === 'string' &&
    typeof candidate.prefecture.en === 'string' &&
    Array.isArray(candidate.procedures) &&
    typeof candidate.contact?.phone === 'string' &&
    typeof candidate.contact.email === 'string'
  );
}

const municipalityFiles = listMunicipalityFiles();
const byName = municipalityFiles.map((path) => ({ path, name: basename(path) }));
const forms = new Set(listFormFolders());

describe(isValidLocalGovernmentCode.name, () => {
  it.each(['131016', '141003', '142069', '011002'])('accepts the real code %s', (code) => {
    // Act
    const isValid = isValidLocalGovernmentCode(code);

    // Assert
    expect(isValid).toBe(true);
  });

  it.each(['131017', '14100', '1410030', 'abcdef'])('rejects %s', (code) => {
    // Act
    const isValid = isValidLocalGovernmentCode(code);

    // Assert
    expect(isValid).toBe(false);
  });
});

describe('seeds/municipalities', () => {
  it('holds at least three municipalities', () => {
    // Assert
    expect(municipalityFiles.length).toBeGreaterThanOrEqual(3);
  });

  it.each(byName)('$name is a municipality with a valid 地方公共団体コード', ({ path }) => {
    // Arrange
    const municipality = readJson(path);

    // Act
    const isValid = isMunicipality(municipality) && isValidLocalGovernmentCode(municipality.code);

    // Assert
    expect(isValid).toBe(true);
    expect(path.endsWith(`/${isMunicipality(municipality) ? municipality.code : ''}.json`)).toBe(
      true,
    );
  });

  it.each(byName)('$name accepts only procedures that have a form', ({ path }) => {
    // Arrange
    const municipality = readJson(path);

    // Act
    const unknown = isMunicipality(municipality)
      ? municipality.procedures.filter((id) => !forms.has(id))
      : ['(not a municipality)'];

    // Assert
    expect(unknown).toEqual([]);
  });

  it('has overlays only for known municipalities and procedures they accept', () => {
    // Arrange
    const accepted = new Map(
      municipalityFiles
        .map((path) => readJson(path))
        .filter(isMunicipality)
        .map((m) => [m.code, new Set(m.procedures)]),
    );

    // Act
    const stray = listOverlayFiles().filter(
      ({ code, procedureId }) => accepted.get(code)?.has(procedureId) !== true,
    );

    // Assert
    expect(stray).toEqual([]);
  });
});
