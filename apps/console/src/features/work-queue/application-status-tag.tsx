import type { ApplicationStatus } from '@madoguchi/procedures-domain';
import { APPLICATION_STATUS_LABELS } from '@madoguchi/procedures-domain';
import { APPLICATION_STATUS_TONES } from '@madoguchi/web-feature-status';
import { StatusTag } from '@madoguchi/web-ui-kit';

export function ApplicationStatusTag({ status }: { status: ApplicationStatus }) {
  return (
    <StatusTag
      label={APPLICATION_STATUS_LABELS[status].ja}
      tone={APPLICATION_STATUS_TONES[status]}
    />
  );
}
