import type { ApplicationDetail } from '@madoguchi/procedures-contracts';
import { nextApprovalStage } from '@madoguchi/procedures-domain';
import { useStaffMembers } from '@madoguchi/web-data-access-api';
import { pickText } from '@madoguchi/shared-util-i18n';
import { useConsoleLocale } from '../../i18n/locale-context.js';
import { useReviewMessages } from './review-messages.js';

/**
 * The procedure's 決裁 as a list of stages: who approved each stage so far in this round, the
 * stage the next approval fills (次の承認) and those still to come (未). Staff names come from
 * the municipality's staff list; an id not in it is shown as it is.
 */
export function ApprovalChainList({ application }: { application: ApplicationDetail }) {
  const text = useReviewMessages().overview;
  const { locale, messages } = useConsoleLocale();
  const members = useStaffMembers();
  const nameOf = (id: string) =>
    members.data?.find((member) => member.id === id)?.displayName ?? id;
  const chain = application.approvalChain;
  if (chain.length === 0) {
    return <p>{text.noChain}</p>;
  }
  const next = application.pendingDecision ? nextApprovalStage(chain, application.approvals) : null;
  return (
    <ol className="mdg-approval-chain" aria-label={text.approvalChain}>
      {application.decisionDraftedBy ? (
        <li>{text.drafted(nameOf(application.decisionDraftedBy))}</li>
      ) : null}
      {chain.map((stage, index) => {
        const approval = application.approvals[index];
        const state = approval
          ? text.approvedBy(nameOf(approval.actorId))
          : stage === next
            ? text.nextApproval
            : text.notYet;
        return (
          <li key={`${stage.role}-${index}`}>
            <strong>{pickText(stage.title, locale)}</strong>
            {messages.separator}
            {state}
          </li>
        );
      })}
    </ol>
  );
}
