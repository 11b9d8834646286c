import type { ApplicationStatus } from '@madoguchi/procedures-domain';
import { APPLICATION_STATUS_TONES } from '@madoguchi/web-feature-status';
import { StatusTag } from '@madoguchi/web-ui-kit';
import { formatStatus } from '../../i18n/format.js';
import { useConsoleLocale } from '../../i18n/locale-context.js';

export function ApplicationStatusTag({ status }: { status: ApplicationStatus }) {
  const { locale } = useConsoleLocale();
  return <StatusTag label={formatStatus(status, locale)} tone={APPLICATION_STATUS_TONES[status]} />;
}
