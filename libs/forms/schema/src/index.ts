export * from './definition/form-definition.schema.js';
