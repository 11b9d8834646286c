import { pickText } from '@madoguchi/shared-util-i18n';
import type { ApplicationDetail } from '@madoguchi/procedures-contracts';
import {
  isApiRequestError,
  useAssignApplication,
  useStaffMembers,
} from '@madoguchi/web-data-access-api';
import { Button, Notice, Select } from '@madoguchi/web-ui-kit';
import type { FormEvent } from 'react';
import { useState } from 'react';
import { useConsoleLocale } from '../../i18n/locale-context.js';

/** 担当: who handles the application; any staff member of the municipality who has signed in. */
export function AssigneeForm({ application }: { application: ApplicationDetail }) {
  const { locale, messages } = useConsoleLocale();
  const members = useStaffMembers();
  const assign = useAssignApplication(application.id);
  // null until the staff member picks someone: the select follows the application meanwhile
  // (a transition such as 処理を開始する may set the assignee).
  const [picked, setPicked] = useState<string | null>(null);
  const assigneeId = picked ?? application.assigneeId ?? '';
  const [isDone, setIsDone] = useState(false);
  const options = (members.data ?? []).map((member) => ({
    value: member.id,
    label: member.displayName,
  }));
  if (
    application.assigneeId &&
    !options.some((option) => option.value === application.assigneeId)
  ) {
    options.push({ value: application.assigneeId, label: application.assigneeId });
  }
  const currentName = options.find((option) => option.value === application.assigneeId)?.label;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setIsDone(false);
    assign.mutate(
      { assigneeId: assigneeId === '' ? null : assigneeId },
      {
        onSuccess: () => {
          setPicked(null);
          setIsDone(true);
        },
      },
    );
  };

  return (
    <section aria-labelledby="assignee-heading">
      <h2 id="assignee-heading">{messages.assigneeHeading}</h2>
      <p>{messages.currentAssignee(currentName ?? messages.assigneeUnassigned)}</p>
      {isDone ? <Notice tone="success" title={messages.assignDone} /> : null}
      {assign.isError ? (
        <Notice tone="error" title={messages.assignFailed}>
          {isApiRequestError(assign.error) ? (
            <p>{pickText(assign.error.apiError.message, locale)}</p>
          ) : null}
        </Notice>
      ) : null}
      <form noValidate onSubmit={onSubmit} aria-labelledby="assignee-heading">
        <fieldset className="mdg-fieldset" disabled={assign.isPending}>
          <Select
            id="assignee"
            label={messages.assigneeLabel}
            placeholder={messages.assigneePlaceholder}
            options={options}
            value={assigneeId}
            onChange={(event) => setPicked(event.currentTarget.value)}
          />
          <Button type="submit" variant="secondary">
            {messages.assignButton}
          </Button>
        </fieldset>
      </form>
    </section>
  );
}
