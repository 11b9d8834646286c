export type {
  ApplicationStatus,
  ActorRole,
  Decision,
  StaffRole,
  TransitionRule,
} from './application-status.js';
export {
  APPLICATION_STATUSES,
  APPLICATION_STATUS_LABELS,
  DECISIONS,
  STAFF_ROLES,
  STAFF_ROLE_LABELS,
  TRANSITION_RULES,
  canTransition,
  findTransition,
  isTerminalStatus,
  staffTransitionsFrom,
} from './application-status.js';
export { assertNever } from './assert-never.js';
export type {
  CareCertificationDecision,
  CareLevel,
  DecisionRecord,
  DecisionRecordIssueCode,
  DecisionRecordKind,
} from './decision-record.js';
export {
  CARE_LEVELS,
  CARE_LEVEL_LABELS,
  DECISION_RECORD_KINDS,
  DECISION_RECORD_MESSAGES,
  careCertificationDecisionSchema,
  decisionRecordSchema,
  findCareCertificationIssues,
  isLastDayOfMonth,
} from './decision-record.js';
export type { ApprovalRefusal, ApprovalSoFar, ApprovalStage } from './approval-chain.js';
export {
  approvalChainInputSchema,
  approvalStageSchema,
  checkApprover,
  completesApprovalChain,
  nextApprovalStage,
  toApprovalStages,
} from './approval-chain.js';
