// ---------------------------------------------------------------------------------------------
// The closed set of audit action codes (issue #13, item 4). `audit_log` is append-only and
// hash-chained: a row keeps its action code forever, so a code once written is never removed or
// renamed here, only added to (and the database's CHECK constraint `audit_log_action_known`
// follows this list by a new migration; a spec compares the two).

/** The groups the console shows the codes in. */
export const AUDIT_ACTION_GROUPS = [
  'application',
  'personal_data',
  'export',
  'counter',
  'administration',
  'back_office',
  'notification',
] as const;
export type AuditActionGroup = (typeof AUDIT_ACTION_GROUPS)[number];

/** Every action code with its group. The comment says what a row of it records. */
export const AUDIT_ACTION_DEFINITIONS = {
  // --- application: the workflow and the staff's work on one application ---------------------
  /** A resident (or staff at the counter) submitted the application; detail: the status change. */
  'application.submit': 'application',
  /** The resident sent the application again after a correction request (補正). */
  'application.resubmit': 'application',
  /** The resident withdrew the application (取下げ). */
  'application.withdraw': 'application',
  /** Staff or a back-office system opened the application (answers masked where sensitive). */
  'application.read': 'application',
  /** The assignee (担当) was set; detail: from, to (staff ids), and the bulk job if any. */
  'application.assign': 'application',
  /** A bulk assignment was asked for (target: the bulk_assignment job); detail: filter, count. */
  'application.assign.bulk': 'application',
  /** A bulk assignment finished (target: the job); detail: how many changed and skipped. */
  'application.assign.bulk.complete': 'application',
  /** An internal note was added; detail: the note's id, never its text. */
  'application.note.add': 'application',
  /** Review started (受付 → 審査中). */
  'application.review.start': 'application',
  /** A correction was requested from the resident (補正依頼). */
  'application.correction.request': 'application',
  /** A decision to complete (承認) was drafted for approval (起案). */
  'application.decision.draft.completed': 'application',
  /** A decision to reject (却下) was drafted for approval (起案). */
  'application.decision.draft.rejected': 'application',
  /** One stage of the approval chain (決裁) approved; detail: the stage's number (1, 2, …). */
  'application.decision.approve': 'application',
  /** Stage 1 approved (written up to 2026-12 with the stage in the code; now `…approve`). */
  'application.decision.approve.1': 'application',
  /** Stage 2 approved (written up to 2026-12; now `application.decision.approve`). */
  'application.decision.approve.2': 'application',
  /** Stage 3 approved (written up to 2026-12; now `application.decision.approve`). */
  'application.decision.approve.3': 'application',
  /** Stage 4 approved (written up to 2026-12; now `application.decision.approve`). */
  'application.decision.approve.4': 'application',
  /** Stage 5 approved (written up to 2026-12; now `application.decision.approve`). */
  'application.decision.approve.5': 'application',
  /** Stage 6 approved (written up to 2026-12; now `application.decision.approve`). */
  'application.decision.approve.6': 'application',
  /** Stage 7 approved (written up to 2026-12; now `application.decision.approve`). */
  'application.decision.approve.7': 'application',
  /** Stage 8 approved (written up to 2026-12; now `application.decision.approve`). */
  'application.decision.approve.8': 'application',
  /** Stage 9 approved (written up to 2026-12; now `application.decision.approve`). */
  'application.decision.approve.9': 'application',
  /** An approver sent the drafted decision back to review (差戻し). */
  'application.decision.send_back': 'application',
  /** The last approval applied the decision: completed (処理完了). */
  'application.decision.completed': 'application',
  /** The last approval applied the decision: rejected (却下). */
  'application.decision.rejected': 'application',
  /** A resident's draft was moved to a newer form version; target: the draft. */
  'draft.migrate': 'application',

  // --- personal_data: every read, reveal and download of protected values ---------------------
  /** A protected value (e.g. 個人番号) was shown in full; detail: the field's path and the reason. */
  'personal_data.reveal': 'personal_data',
  /** A reveal was refused (rate limit, role, key); detail: the path and the refusal's code. */
  'personal_data.reveal_refused': 'personal_data',
  /** A back-office system read protected values in full; detail: the paths, never the values. */
  'personal_data.read': 'personal_data',
  /** An attachment was downloaded (staff or back office); detail: the attachment and its slot. */
  'attachment.download': 'personal_data',

  // --- export: files with applications leaving the system -------------------------------------
  /** The work queue's CSV was exported (target: application_export); detail: filter, rows. */
  'application.export': 'export',
  /** A dashboard bulk export job was started (target: its job); detail: format and filter. */
  'application.export.job': 'export',
  /** A dashboard bulk export's file was downloaded; detail: rows and format. */
  'application.export.download': 'export',

  // --- counter: 書かない窓口, staff filling in for a resident at the desk ----------------------
  /** Staff filled an application for a resident (target: the counter confirmation). */
  'counter.fill': 'counter',
  /** The counter application was cancelled before the resident confirmed it. */
  'counter.cancel': 'counter',
  /** A confirmation link / QR code was issued to the resident. */
  'counter.link_issued': 'counter',
  /** The resident opened the preview of what staff filled. */
  'counter.preview': 'counter',
  /** The resident opened an attachment staff added. */
  'counter.attachment_view': 'counter',
  /** The resident downloaded the 控え (receipt) of the counter application. */
  'counter.receipt': 'counter',
  /** The resident confirmed, which submitted the application. */
  'counter.confirm': 'counter',

  // --- administration: the municipality administrator's changes (管理) -----------------------
  /** The municipality started accepting a procedure online (受付開始). */
  'procedure.enable': 'administration',
  /** The municipality stopped accepting a procedure online (受付停止). */
  'procedure.disable': 'administration',
  /** The municipality's notification rule parameters changed; detail: versions and rules. */
  'reminder_rules.update': 'administration',
  /** An overlay (the municipality's form changes) draft was saved; target: the procedure. */
  'overlay_draft.save': 'administration',
  /** An overlay was published as a new form version; detail: version and 施行日. */
  'overlay.publish': 'administration',

  // --- back_office: the 基幹系 systems' API ----------------------------------------------------
  /** A back-office API key was created; detail: its name and scopes, never the key. */
  'api_key.create': 'back_office',
  /** A back-office API key was revoked. */
  'api_key.revoke': 'back_office',
  /** A back-office system acknowledged it stored the application (取込済み). */
  'application.acknowledge': 'back_office',

  // --- notification ----------------------------------------------------------------------------
  /** Staff retried a notification delivery from the dead letters. */
  'notification.delivery.retry': 'notification',
} as const satisfies Record<string, AuditActionGroup>;

export type AuditAction = keyof typeof AUDIT_ACTION_DEFINITIONS;

/** Every action code, in the order above. */
export const AUDIT_ACTIONS = Object.keys(AUDIT_ACTION_DEFINITIONS) as [
  AuditAction,
  ...AuditAction[],
];

export function isAuditAction(value: string): value is AuditAction {
  return Object.hasOwn(AUDIT_ACTION_DEFINITIONS, value);
}

export function auditActionGroupOf(action: AuditAction): AuditActionGroup {
  return AUDIT_ACTION_DEFINITIONS[action];
}

/** What a row is about (`audit_log.target_type`): a closed set as the actions. */
export const AUDIT_TARGET_TYPES = [
  'application',
  'attachment',
  'draft',
  'procedure',
  'procedure_form',
  'reminder_rules',
  'api_key',
  'counter_confirmation',
  'bulk_assignment',
  'application_export',
  'application_export_job',
  'notification_delivery',
] as const;
export type AuditTargetType = (typeof AUDIT_TARGET_TYPES)[number];

/** A 個人番号 (12 digits, possibly grouped 4-4-4 by a space or hyphen, half- or full-width). */
const PERSONAL_NUMBER_LIKE = /^[0-9０-９]{4}[\s\-－]?[0-9０-９]{4}[\s\-－]?[0-9０-９]{4}$/u;

/** Whether a value an audit row would keep looks like a 個人番号 (the trail must not copy one). */
export function looksLikePersonalNumber(value: string | number): boolean {
  return PERSONAL_NUMBER_LIKE.test(String(value).trim());
}

export function isAuditTargetType(value: string): value is AuditTargetType {
  return (AUDIT_TARGET_TYPES as readonly string[]).includes(value);
}
