// The loader lives in @madoguchi/server-notification-rules: the API reads the same rules to show
// residents their upcoming reminders, and the same stored parameters (reminder_rule_parameters).
// The worker's modules keep importing from here.
export type {
  ApplicationRecipients,
  LifeRecordSource,
  RuleBook,
} from '@madoguchi/server-notification-rules';
export { loadRuleBook } from '@madoguchi/server-notification-rules';

export const RULE_BOOK = Symbol('RULE_BOOK');
