import type { ApplicationStatus } from '@madoguchi/procedures-domain';
import { APPLICATION_STATUS_LABELS } from '@madoguchi/procedures-domain';
import { StatusTag } from '@madoguchi/web-ui-kit';
import { STATUS_TONES } from './status-tone.js';

export function ApplicationStatusTag({ status }: { status: ApplicationStatus }) {
  return <StatusTag label={APPLICATION_STATUS_LABELS[status].ja} tone={STATUS_TONES[status]} />;
}
