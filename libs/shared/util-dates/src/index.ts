export type { IsoDate, Period } from './calendar.js';
export {
  addDays,
  addPeriod,
  ageInYears,
  dateOfDayNumber,
  dateParts,
  dayNumberAfter,
  dayNumberOf,
  daysBetween,
  isIsoDate,
  yearOf,
} from './calendar.js';
export {
  japanDateOf,
  japanDateTimeOf,
  japanInstant,
  japanMinutesOf,
  todayInJapan,
} from './japan-time.js';
export { addBusinessDays, businessDaysBetween, isBusinessDay } from './business-days.js';
export type { DateParseResult, JapaneseEra } from './japanese-date.js';
export { JAPANESE_ERAS, isRealDate, parseJapaneseDate, toIsoDate } from './japanese-date.js';
export { formatDate, formatNumericDate, formatNumericDateTime } from './format-date.js';
