// seeds is tagged type:data, which may depend on no library: the data itself must never import
// code. This test helper is the one exception: validating the data with the engine
// (`@madoguchi/forms-schema`) is the purpose of `nx run seeds:validate`, so the boundary rule is
// disabled for these imports only.
export {
  applyOverlay,
  BUILT_IN_OPTION_LISTS,
  checkFormDefinition,
  compileForm,
  formDefinitionSchema,
  isValidLocalGovernmentCode,
  isValidMyNumber,
  municipalityOverlaySchema,
  resolveSampleDates,
} from '@madoguchi/forms-schema';
export type { FieldDefinition, FormDefinition, MunicipalityOverlay } from '@madoguchi/forms-schema';
