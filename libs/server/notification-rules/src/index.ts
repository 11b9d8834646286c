export type { ApplicationRecipients, LifeRecordSource, RuleBook } from './rule-book.js';
export { loadRuleBook } from './rule-book.js';
export type { Queryable, StoredRuleParameters } from './stored-rule-parameters.js';
export { findStoredRuleParameters } from './stored-rule-parameters.js';
