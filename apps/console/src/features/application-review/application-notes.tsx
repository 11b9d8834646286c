import { pickText } from '@madoguchi/shared-util-i18n';
import { zodResolver } from '@hookform/resolvers/zod';
import type { CreateApplicationNoteRequest } from '@madoguchi/procedures-contracts';
import { createApplicationNoteRequestSchema } from '@madoguchi/procedures-contracts';
import {
  isApiRequestError,
  useAddApplicationNote,
  useApplicationNotes,
} from '@madoguchi/web-data-access-api';
import { Button, Notice, TextArea } from '@madoguchi/web-ui-kit';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { formatDateTime } from '../../i18n/format.js';
import { useConsoleLocale } from '../../i18n/locale-context.js';
import { LoadFailedNotice, LoadingNotice } from '../layout/query-status.js';

/** 内部メモ: notes between staff, never shown to the resident. */
export function ApplicationNotes({ applicationId }: { applicationId: string }) {
  const { locale, messages } = useConsoleLocale();
  const notes = useApplicationNotes(applicationId);
  const addNote = useAddApplicationNote(applicationId);
  const [isSaved, setIsSaved] = useState(false);
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<CreateApplicationNoteRequest>({
    resolver: zodResolver(createApplicationNoteRequestSchema),
    defaultValues: { body: '' },
  });

  const onSubmit = handleSubmit(async ({ body }) => {
    setIsSaved(false);
    await addNote.mutateAsync(body);
    reset();
    setIsSaved(true);
  });

  return (
    <section aria-labelledby="notes-heading">
      <h2 id="notes-heading">{messages.notesHeading}</h2>
      <p className="mdg-hint">{messages.notesNote}</p>
      {notes.isPending ? <LoadingNotice /> : null}
      {notes.isError ? (
        <LoadFailedNotice error={notes.error} onRetry={() => void notes.refetch()} />
      ) : null}
      {notes.data && notes.data.length === 0 ? <p>{messages.noNotes}</p> : null}
      {notes.data && notes.data.length > 0 ? (
        <ol className="mdg-timeline" aria-label={messages.notesList}>
          {notes.data.map((note) => (
            <li key={note.id}>
              <p className="mdg-message">{note.body}</p>
              <span className="mdg-hint">
                {note.authorName}・{formatDateTime(note.createdAt)}
              </span>
            </li>
          ))}
        </ol>
      ) : null}
      {isSaved ? <Notice tone="success" title={messages.noteSaved} /> : null}
      {addNote.isError ? (
        <Notice tone="error" title={messages.noteFailed}>
          {isApiRequestError(addNote.error) ? (
            <p>{pickText(addNote.error.apiError.message, locale)}</p>
          ) : null}
        </Notice>
      ) : null}
      <form
        noValidate
        onSubmit={(event) => void onSubmit(event).catch(() => undefined)}
        aria-labelledby="notes-heading"
      >
        <fieldset className="mdg-fieldset" disabled={isSubmitting}>
          <TextArea
            id="note-body"
            label={messages.noteLabel}
            error={errors.body ? messages.noteRequired : undefined}
            rows={3}
            {...register('body')}
          />
          <Button type="submit" variant="secondary">
            {messages.noteButton}
          </Button>
        </fieldset>
      </form>
    </section>
  );
}
