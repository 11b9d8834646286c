export type { QuietHours } from './quiet-hours.js';
export { DEFAULT_QUIET_HOURS, nextAllowedSendTime } from './quiet-hours.js';
export type {
  LifeRecordKind,
  MunicipalRuleParameters,
  ReminderRule,
  ReminderRuleSet,
} from './reminder-rule.schema.js';
export {
  LIFE_RECORD_DATE_FIELDS,
  LIFE_RECORD_KINDS,
  municipalRuleParametersSchema,
  reminderRuleSchema,
  reminderRuleSetSchema,
} from './reminder-rule.schema.js';
export type { DueReminder, LifeRecord } from './reminder-rules.js';
export {
  MAX_UPCOMING_DAYS,
  applyMunicipalParameters,
  composeDigest,
  findDueReminders,
  findUpcomingReminders,
} from './reminder-rules.js';
export { chooseChannels } from './preferences.js';
export type { LifeRecordSource } from './life-record-source-key.js';
export { applicationSourceKey, demoSourceKey, parseSourceKey } from './life-record-source-key.js';
export type { RetiredOccurrenceKeys } from './occurrence-keys.js';
export { checkOccurrenceKeys, publishedOccurrenceKeys } from './occurrence-keys.js';
