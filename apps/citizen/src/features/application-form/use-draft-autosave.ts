import type { FormAnswers } from '@madoguchi/forms-feature-render';
import { useDeleteDraft, useSaveDraft } from '@madoguchi/web-data-access-api';
import { useState } from 'react';

export type DraftTarget = { municipalityCode: string; procedureId: string; formVersion: number };
export type DraftSaveState = { kind: 'idle' } | { kind: 'saved'; at: string } | { kind: 'failed' };

/**
 * 一時保存: saves the answers at every completed step, creating the draft the first time and
 * updating it afterwards, so the resident can close the page and continue on any device.
 */
export function useDraftAutosave(target: DraftTarget, initialDraftId: string | undefined) {
  const saveDraft = useSaveDraft();
  const deleteDraft = useDeleteDraft();
  const [draftId, setDraftId] = useState(initialDraftId);
  const [state, setState] = useState<DraftSaveState>({ kind: 'idle' });

  const save = (answers: FormAnswers, stepId: string): void => {
    saveDraft.mutate(
      { id: draftId, create: { ...target, answers, stepId }, update: { answers, stepId } },
      {
        onSuccess: (draft) => {
          setDraftId(draft.id);
          setState({ kind: 'saved', at: draft.updatedAt });
        },
        // The answers stay in the form: a failed autosave loses nothing.
        onError: () => setState({ kind: 'failed' }),
      },
    );
  };

  /** After a successful submission the draft has served its purpose. */
  const discard = (): void => {
    if (draftId !== undefined) {
      deleteDraft.mutate(draftId);
    }
  };

  return { draftId, state, save, discard };
}
