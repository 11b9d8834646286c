export { APPLICATION_STATUS_TONES } from './application-status-tone.js';
export type { LoadStatusText } from './query-status.js';
export {
  LOAD_STATUS_TEXT_JA,
  LoadFailedNotice,
  LoadStatusTextProvider,
  LoadingNotice,
} from './query-status.js';
