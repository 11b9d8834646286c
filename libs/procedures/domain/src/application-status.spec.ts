import { canTransition, isTerminalStatus } from './application-status.js';

describe('application status transitions', () => {
  it('lets staff start the review of a submitted application', () => {
    expect(canTransition('submitted', 'in_review', 'staff')).toBe(true);
  });

  it('does not let a resident move an application into review', () => {
    expect(canTransition('submitted', 'in_review', 'resident')).toBe(false);
  });

  it('does not let anyone withdraw a completed application', () => {
    expect(canTransition('completed', 'withdrawn', 'resident')).toBe(false);
    expect(isTerminalStatus('completed')).toBe(true);
  });
});
