import { pickText } from '@madoguchi/shared-util-i18n';
import { useDeleteDraft, useMyDrafts } from '@madoguchi/web-data-access-api';
import { Button } from '@madoguchi/web-ui-kit';
import { Link } from '../../routing/router.js';

import { formatDateTime } from '../../i18n/format.js';
import { useLocale } from '../../i18n/locale-context.js';
import { Text } from '../../i18n/use-text.js';

/** 一時保存中の申請: drafts to continue, on this device or another. Nothing when there are none. */
export function DraftList() {
  const { messages, locale } = useLocale();
  const drafts = useMyDrafts();
  const deleteDraft = useDeleteDraft();
  if (!drafts.data || drafts.data.length === 0) {
    return null;
  }
  return (
    <section aria-labelledby="drafts-heading">
      <h2 id="drafts-heading">
        <Text>{messages.draftsHeading}</Text>
      </h2>
      <ul className="mdg-card-list">
        {drafts.data.map((draft) => {
          const title = pickText(draft.procedureTitle, locale);
          return (
            <li key={draft.id} className="mdg-card">
              <h3 className="mdg-card__title">
                <Link
                  to={`/municipalities/${draft.municipalityCode}/procedures/${draft.procedureId}/apply?draft=${draft.id}`}
                >
                  <Text>{messages.draftLink(title)}</Text>
                </Link>
              </h3>
              <p>
                <Text>{messages.draftUpdatedAt(formatDateTime(draft.updatedAt, locale))}</Text>
              </p>
              <p>
                <Text>{messages.draftKeptUntil(formatDateTime(draft.keptUntil, locale))}</Text>
              </p>
              <Button variant="secondary" onClick={() => deleteDraft.mutate(draft.id)}>
                {messages.draftDelete(title)}
              </Button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
