import type { FormDefinition } from '@madoguchi/forms-schema';
import type { DraftDetail } from '@madoguchi/procedures-contracts';
import { useMigrateDraft, useProcedureForm } from '@madoguchi/web-data-access-api';
import { Button, ButtonGroup, Notice } from '@madoguchi/web-ui-kit';
import { useState } from 'react';
import { useNavigate } from '../../routing/router.js';
import { useLocale } from '../../i18n/locale-context.js';
import { Text } from '../../i18n/use-text.js';
import { summarizeFormChanges } from './form-version-changes.js';
import { NEWER_FORM_VERSION_TEXTS } from './newer-form-version-texts.js';

type NewerFormVersionProps = {
  draft: DraftDetail;
  /** The draft's own form version, as the form shows it now. */
  current: { formVersion: number; definition: FormDefinition };
};

function ChangeList({ heading, labels }: { heading: string; labels: readonly string[] }) {
  if (labels.length === 0) {
    return null;
  }
  return (
    <>
      <h3>
        <Text>{heading}</Text>
      </h3>
      <ul>
        {labels.map((label) => (
          <li key={label}>
            <Text>{label}</Text>
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * A draft started on an older form version: what the current version changes (the engine's diff,
 * in the resident's language), and the choice to move the draft to it (the API migrates its
 * answers with the engine's `migrateAnswers`; the draft keeps its id) or to go on with the old one.
 */
export function NewerFormVersion({ draft, current }: NewerFormVersionProps) {
  const { locale } = useLocale();
  const texts = NEWER_FORM_VERSION_TEXTS[locale];
  const navigate = useNavigate();
  const latest = useProcedureForm(draft.municipalityCode, draft.procedureId);
  const migrate = useMigrateDraft();
  const [isKept, setIsKept] = useState(false);
  const [hasFailed, setHasFailed] = useState(false);
  if (!latest.data || latest.data.formVersion <= current.formVersion || isKept) {
    return null;
  }
  const next = latest.data;
  const summary = summarizeFormChanges(current.definition, next.definition, locale);
  const hasSummary = summary.added.length + summary.removed.length + summary.changed.length > 0;

  const move = async () => {
    setHasFailed(false);
    try {
      // The server moves the answers (個人番号 is asked again in the new version too).
      const moved = await migrate.mutateAsync(draft.id);
      await navigate(
        `/municipalities/${moved.municipalityCode}/procedures/${moved.procedureId}/apply?draft=${moved.id}`,
        { replace: true },
      );
    } catch {
      setHasFailed(true);
    }
  };

  return (
    <Notice tone="info">
      <h2>
        <Text>{texts.title}</Text>
      </h2>
      <p>
        <Text>{texts.lead}</Text>
      </p>
      <ChangeList heading={texts.added} labels={summary.added} />
      <ChangeList heading={texts.removed} labels={summary.removed} />
      <ChangeList heading={texts.changed} labels={summary.changed} />
      {hasSummary ? null : (
        <p>
          <Text>{texts.noVisibleChange}</Text>
        </p>
      )}
      <p className="mdg-hint">
        <Text>{texts.keepLead}</Text>
      </p>
      {hasFailed ? (
        <p role="alert">
          <Text>{texts.moveFailed}</Text>
        </p>
      ) : null}
      <ButtonGroup>
        <Button onClick={() => void move()} disabled={migrate.isPending}>
          {migrate.isPending ? texts.moving : texts.move}
        </Button>
        <Button variant="secondary" onClick={() => setIsKept(true)}>
          {texts.keep}
        </Button>
      </ButtonGroup>
    </Notice>
  );
}
