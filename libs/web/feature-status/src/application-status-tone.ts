import type { ApplicationStatus } from '@madoguchi/procedures-domain';
import type { StatusTone } from '@madoguchi/web-ui-kit';

/**
 * The tint of each application status tag, the same for residents and staff. The tag's label
 * always names the status too: the colour is never the only cue (WCAG 1.4.1).
 */
export const APPLICATION_STATUS_TONES: Record<ApplicationStatus, StatusTone> = {
  draft: 'neutral',
  submitted: 'info',
  in_review: 'progress',
  correction_requested: 'warning',
  resubmitted: 'info',
  awaiting_approval: 'progress',
  completed: 'success',
  rejected: 'danger',
  withdrawn: 'neutral',
};
