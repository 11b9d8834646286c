import type { ApplicationStatus } from '@madoguchi/procedures-domain';
import type { StatusTone } from '@madoguchi/web-ui-kit';

/** The tint of each status tag; the label text always says the status too. */
export const STATUS_TONES: Record<ApplicationStatus, StatusTone> = {
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
