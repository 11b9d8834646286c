import { z } from 'zod';

import type { StaffRole } from './application-status.js';
import { STAFF_ROLES, STAFF_ROLE_LABELS } from './application-status.js';

/**
 * One stage of a procedure's approval chain (決裁): the role that may approve at this stage and
 * the title the office gives it (係長, 課長 …). A municipality sets chains of any length per
 * procedure; the case worker who drafts the decision (起案) is not a stage.
 */
export const approvalStageSchema = z.object({
  role: z.enum(STAFF_ROLES),
  title: z.object({ ja: z.string().min(1), en: z.string().min(1) }),
});
export type ApprovalStage = z.infer<typeof approvalStageSchema>;

/** As stored and seeded: a bare role (older rows, short seeds) or a stage with its title. */
export const approvalChainInputSchema = z
  .array(z.union([z.enum(STAFF_ROLES), approvalStageSchema]))
  .min(1);

/**
 * The chain as stages, from what is stored (jsonb): a bare role takes its role's name as the
 * stage title; an entry that is neither a role nor a stage is dropped.
 */
export function toApprovalStages(chain: readonly unknown[]): ApprovalStage[] {
  return chain.flatMap((entry) => {
    if (typeof entry === 'string') {
      const role = STAFF_ROLES.find((candidate) => candidate === entry);
      return role ? [{ role, title: STAFF_ROLE_LABELS[role] }] : [];
    }
    const stage = approvalStageSchema.safeParse(entry);
    return stage.success ? [stage.data] : [];
  });
}

export type ApprovalSoFar = { actorId: string };

/** The stage the next approval fills, or null when every stage has approved. */
export function nextApprovalStage(
  chain: readonly ApprovalStage[],
  approvals: readonly ApprovalSoFar[],
): ApprovalStage | null {
  return chain[approvals.length] ?? null;
}

/** Whether the next approval is the chain's last: it applies the drafted decision. */
export function completesApprovalChain(
  chain: readonly ApprovalStage[],
  approvals: readonly ApprovalSoFar[],
): boolean {
  return approvals.length + 1 >= chain.length;
}

export type ApprovalRefusal = 'approver_must_differ' | 'role_not_allowed';

/**
 * Whether this staff member may give the next approval: never whoever drafted the decision, never
 * twice in one chain (四つの目 at every stage), and only in the stage's role — an administrator
 * may stand in for any stage.
 */
export function checkApprover(input: {
  chain: readonly ApprovalStage[];
  approvals: readonly ApprovalSoFar[];
  draftedBy: string | null;
  actor: { id: string; staffRole: StaffRole | null };
}): ApprovalRefusal | null {
  const { chain, approvals, draftedBy, actor } = input;
  if (actor.id === draftedBy || approvals.some((approval) => approval.actorId === actor.id)) {
    return 'approver_must_differ';
  }
  const stage = nextApprovalStage(chain, approvals) ?? chain.at(-1);
  if (!actor.staffRole || !stage) {
    return 'role_not_allowed';
  }
  return actor.staffRole === stage.role || actor.staffRole === 'admin' ? null : 'role_not_allowed';
}
