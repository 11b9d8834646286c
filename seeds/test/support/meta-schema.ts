// seeds is tagged type:data, which may depend on no library: the data itself must never import
// code. This test helper is the one exception: validating the data against the engine's meta-schema
// is the purpose of `nx run seeds:validate`, so the boundary rule is disabled for this import only.
// eslint-disable-next-line @nx/enforce-module-boundaries -- the seeds tests validate the data with the form meta-schema
export {
  formDefinitionSchema,
  fieldDefinitionSchema,
  localizedTextSchema,
  conditionSchema,
  signatureRuleSchema,
  deadlineRuleSchema,
  attachmentSlotSchema,
  stepSchema,
  optionSchema,
} from '@madoguchi/forms-schema';
// eslint-disable-next-line @nx/enforce-module-boundaries -- types of the same meta-schema
export type { FieldDefinition, FormDefinition } from '@madoguchi/forms-schema';
