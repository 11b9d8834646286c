import type { FormAnswers } from '@madoguchi/forms-feature-render';
import { useDeleteDraft, useSaveDraft } from '@madoguchi/web-data-access-api';
import { useRef, useState } from 'react';

export type DraftTarget = { municipalityCode: string; procedureId: string; formVersion: number };
export type DraftSaveState = { kind: 'idle' } | { kind: 'saved'; at: string } | { kind: 'failed' };

/**
 * 一時保存: saves the answers at every completed step and after each file attached or removed,
 * creating the draft the first time and updating it afterwards, so the resident can close the
 * page and continue on any device with the same files.
 */
export function useDraftAutosave(target: DraftTarget, initialDraftId: string | undefined) {
  const saveDraft = useSaveDraft();
  const deleteDraft = useDeleteDraft();
  const [draftId, setDraftId] = useState(initialDraftId);
  const [state, setState] = useState<DraftSaveState>({ kind: 'idle' });
  // Saves run one after another: two uploads finishing together must not create two drafts.
  const draftIdRef = useRef(initialDraftId);
  const queueRef = useRef<Promise<void>>(Promise.resolve());

  /** Saves the answers; without `stepId` the draft keeps the step it was on. */
  const save = (answers: FormAnswers, stepId?: string): void => {
    queueRef.current = queueRef.current.then(async () => {
      try {
        const draft = await saveDraft.mutateAsync({
          id: draftIdRef.current,
          create: { ...target, answers, stepId },
          update: { answers, stepId },
        });
        draftIdRef.current = draft.id;
        setDraftId(draft.id);
        setState({ kind: 'saved', at: draft.updatedAt });
      } catch {
        // The answers stay in the form: a failed autosave loses nothing.
        setState({ kind: 'failed' });
      }
    });
  };

  /** After a successful submission the draft has served its purpose. */
  const discard = (): void => {
    void queueRef.current.then(() => {
      if (draftIdRef.current !== undefined) {
        deleteDraft.mutate(draftIdRef.current);
      }
    });
  };

  return { draftId, state, save, discard };
}
