import { findDefinitionProblems } from './support/form-walker.js';
import type { FormDefinition, MunicipalityOverlay } from './support/meta-schema.js';
import {
  applyOverlay,
  formDefinitionSchema,
  municipalityOverlaySchema,
} from './support/meta-schema.js';
import { FORMS_ROOT, listOverlayFiles, readJson } from './support/seed-files.js';

const overlays = listOverlayFiles();

function standardForms(overlay: MunicipalityOverlay): FormDefinition[] {
  const versions = overlay.baseVersions ?? [1];
  return versions.map((version) =>
    formDefinitionSchema.parse(readJson(`${FORMS_ROOT}/${overlay.procedureId}/v${version}.json`)),
  );
}

/** Ids a municipality adds start with `local` so that a later standard version can never clash with them. */
function addedIds(overlay: MunicipalityOverlay): string[] {
  const fieldIds = overlay.addFields.map(({ field }) => field.id);
  const stepIds = overlay.addSteps.flatMap(({ step }) => [
    step.id,
    ...step.fields.map((field) => field.id),
  ]);
  return [
    ...fieldIds,
    ...stepIds,
    ...Object.keys(overlay.optionLists),
    ...overlay.addAttachments.map((slot) => slot.id),
  ];
}

describe('seeds/municipalities/overlays', () => {
  it('holds overlays for at least two municipalities', () => {
    // Act
    const codes = new Set(overlays.map((overlay) => overlay.code));

    // Assert
    expect(codes.size).toBeGreaterThanOrEqual(2);
  });
});

describe.each(overlays)('overlay $code/$procedureId', ({ code, procedureId, path }) => {
  it('parses with municipalityOverlaySchema and names its own folder and file', () => {
    // Act
    const overlay = municipalityOverlaySchema.parse(readJson(path));

    // Assert
    expect({ code: overlay.municipalityCode, procedureId: overlay.procedureId }).toEqual({
      code,
      procedureId,
    });
  });

  it('adds only ids that start with "local"', () => {
    // Arrange
    const overlay = municipalityOverlaySchema.parse(readJson(path));

    // Act
    const foreign = addedIds(overlay).filter((id) => !/^local[A-Z]/.test(id));

    // Assert
    expect(foreign).toEqual([]);
  });

  it('applies with applyOverlay to each base version and leaves a consistent form', () => {
    // Arrange
    const overlay = municipalityOverlaySchema.parse(readJson(path));

    // Act
    const problems = standardForms(overlay).flatMap((form) => {
      const effective = applyOverlay(form, readJson(path));
      return findDefinitionProblems(effective);
    });

    // Assert
    expect(problems).toEqual([]);
  });
});
