import type { ApprovalStage } from './approval-chain.js';
import {
  checkApprover,
  completesApprovalChain,
  nextApprovalStage,
  toApprovalStages,
} from './approval-chain.js';

const CHIEF: ApprovalStage = { role: 'approver', title: { ja: '係長', en: 'Section chief' } };
const HEAD: ApprovalStage = { role: 'approver', title: { ja: '課長', en: 'Division head' } };
const CHAIN = [CHIEF, HEAD];

describe('approval chain', () => {
  it('reads bare roles as stages named after the role and drops unknown entries', () => {
    expect(toApprovalStages(['approver', 'nobody', HEAD])).toEqual([
      { role: 'approver', title: { ja: '係長・承認者', en: 'Approver' } },
      HEAD,
    ]);
  });

  it('walks the stages in order and knows which approval completes the chain', () => {
    expect(nextApprovalStage(CHAIN, [])).toBe(CHIEF);
    expect(completesApprovalChain(CHAIN, [])).toBe(false);
    expect(nextApprovalStage(CHAIN, [{ actorId: 'a' }])).toBe(HEAD);
    expect(completesApprovalChain(CHAIN, [{ actorId: 'a' }])).toBe(true);
    expect(nextApprovalStage(CHAIN, [{ actorId: 'a' }, { actorId: 'b' }])).toBeNull();
  });

  it('refuses the drafter and anyone approving twice in one chain', () => {
    const base = { chain: CHAIN, draftedBy: 'drafter' };
    expect(
      checkApprover({
        ...base,
        approvals: [],
        actor: { id: 'drafter', staffRole: 'approver' },
      }),
    ).toBe('approver_must_differ');
    expect(
      checkApprover({
        ...base,
        approvals: [{ actorId: 'chief' }],
        actor: { id: 'chief', staffRole: 'approver' },
      }),
    ).toBe('approver_must_differ');
    expect(
      checkApprover({
        ...base,
        approvals: [{ actorId: 'chief' }],
        actor: { id: 'head', staffRole: 'approver' },
      }),
    ).toBeNull();
  });

  it('asks for the stage role; an administrator may stand in, a case worker may not', () => {
    const base = { chain: CHAIN, draftedBy: 'drafter', approvals: [] };
    expect(checkApprover({ ...base, actor: { id: 'x', staffRole: 'caseworker' } })).toBe(
      'role_not_allowed',
    );
    expect(checkApprover({ ...base, actor: { id: 'x', staffRole: null } })).toBe(
      'role_not_allowed',
    );
    expect(checkApprover({ ...base, actor: { id: 'x', staffRole: 'admin' } })).toBeNull();
  });
});
