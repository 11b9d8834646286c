export type { ApplicationRecipients, LifeRecordSource, RuleBook } from './rule-book.js';
export { loadRuleBook } from './rule-book.js';
