import type { ApplicationStatus } from '@madoguchi/procedures-domain';
import { APPLICATION_STATUS_LABELS } from '@madoguchi/procedures-domain';
import { pickText } from '@madoguchi/shared-util-i18n';
import { APPLICATION_STATUS_TONES } from '@madoguchi/web-feature-status';
import { StatusTag } from '@madoguchi/web-ui-kit';
import { useLocale } from '../../i18n/locale-context.js';

export function ApplicationStatusTag({ status }: { status: ApplicationStatus }) {
  const { locale } = useLocale();
  return (
    <StatusTag
      label={pickText(APPLICATION_STATUS_LABELS[status], locale)}
      tone={APPLICATION_STATUS_TONES[status]}
    />
  );
}
