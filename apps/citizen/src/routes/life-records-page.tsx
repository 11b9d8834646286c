import { Link } from '../routing/router.js';

import { LifeRecordsOverview } from '../features/life-records/life-records-overview.js';
import { LIFE_RECORDS_MESSAGES } from '../features/life-records/life-records.messages.js';
import { RequireResident } from '../features/session/require-resident.js';
import { useLocale } from '../i18n/locale-context.js';
import { useDocumentTitle } from '../i18n/use-document-title.js';

export function LifeRecordsPage() {
  const { locale } = useLocale();
  const text = LIFE_RECORDS_MESSAGES[locale];
  useDocumentTitle(text.title);
  return (
    <>
      <h1>{text.title}</h1>
      <RequireResident>
        <LifeRecordsOverview />
        <p>
          <Link to="/notifications/settings">{text.backToSettings}</Link>
        </p>
      </RequireResident>
    </>
  );
}
