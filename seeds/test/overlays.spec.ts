import { findDefinitionProblems } from './support/form-walker.js';
import { formDefinitionSchema } from './support/meta-schema.js';
import { applyOverlayForTest, municipalityOverlaySchema } from './support/overlay.js';
import { FORMS_ROOT, listOverlayFiles, readJson } from './support/seed-files.js';

const overlays = listOverlayFiles();

describe('seeds/municipalities/overlays', () => {
  it('holds overlays for at least two municipalities', () => {
    // Act
    const codes = new Set(overlays.map((overlay) => overlay.code));

    // Assert
    expect(codes.size).toBeGreaterThanOrEqual(2);
  });
});

describe.each(overlays)('overlay $code/$procedureId', ({ code, procedureId, path }) => {
  it('parses with the overlay format and names its own folder and file', () => {
    // Act
    const overlay = municipalityOverlaySchema.parse(readJson(path));

    // Assert
    expect({ code: overlay.municipalityCode, procedureId: overlay.procedureId }).toEqual({
      code,
      procedureId,
    });
  });

  it('applies to its form version and leaves a valid definition', () => {
    // Arrange
    const overlay = municipalityOverlaySchema.parse(readJson(path));
    const form = formDefinitionSchema.parse(
      readJson(`${FORMS_ROOT}/${procedureId}/v${overlay.formVersion}.json`),
    );

    // Act
    const merged = formDefinitionSchema.parse(applyOverlayForTest(form, overlay));

    // Assert
    expect(findDefinitionProblems(merged)).toEqual([]);
  });
});
