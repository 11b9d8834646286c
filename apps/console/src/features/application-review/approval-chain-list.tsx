import type { ApplicationDetail } from '@madoguchi/procedures-contracts';
import { nextApprovalStage } from '@madoguchi/procedures-domain';
import { useStaffMembers } from '@madoguchi/web-data-access-api';
import { REVIEW_MESSAGES } from './review-messages.js';

const TEXT = REVIEW_MESSAGES.overview;

/**
 * The procedure's 決裁 as a list of stages: who approved each stage so far in this round, the
 * stage the next approval fills (次の承認) and those still to come (未). Staff names come from
 * the municipality's staff list; an id not in it is shown as it is.
 */
export function ApprovalChainList({ application }: { application: ApplicationDetail }) {
  const members = useStaffMembers();
  const nameOf = (id: string) =>
    members.data?.find((member) => member.id === id)?.displayName ?? id;
  const chain = application.approvalChain;
  if (chain.length === 0) {
    return <p>{TEXT.noChain}</p>;
  }
  const next = application.pendingDecision ? nextApprovalStage(chain, application.approvals) : null;
  return (
    <ol className="mdg-approval-chain" aria-label={TEXT.approvalChain}>
      {application.decisionDraftedBy ? (
        <li>{TEXT.drafted(nameOf(application.decisionDraftedBy))}</li>
      ) : null}
      {chain.map((stage, index) => {
        const approval = application.approvals[index];
        const state = approval
          ? TEXT.approvedBy(nameOf(approval.actorId))
          : stage === next
            ? TEXT.nextApproval
            : TEXT.notYet;
        return (
          <li key={`${stage.role}-${index}`}>
            <strong>{stage.title.ja}</strong>：{state}
          </li>
        );
      })}
    </ol>
  );
}
