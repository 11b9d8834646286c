import type { ApplicationStatus } from '@madoguchi/procedures-domain';
import { APPLICATION_STATUS_LABELS } from '@madoguchi/procedures-domain';
import { pickText } from '@madoguchi/shared-util-i18n';
import { StatusTag } from '@madoguchi/web-ui-kit';
import { useLocale } from '../../i18n/locale-context.js';
import { STATUS_TONES } from './status-tone.js';

export function ApplicationStatusTag({ status }: { status: ApplicationStatus }) {
  const { locale } = useLocale();
  return (
    <StatusTag
      label={pickText(APPLICATION_STATUS_LABELS[status], locale)}
      tone={STATUS_TONES[status]}
    />
  );
}
