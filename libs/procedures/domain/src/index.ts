export type { ApplicationStatus, ActorRole, TransitionRule } from './application-status.js';
export {
  APPLICATION_STATUSES,
  APPLICATION_STATUS_LABELS,
  TRANSITION_RULES,
  canTransition,
  findTransition,
  isTerminalStatus,
} from './application-status.js';
export { assertNever } from './assert-never.js';
