import { zodResolver } from '@hookform/resolvers/zod';
import type {
  AcceptWatchInvitationRequest,
  WatchRelationshipView,
} from '@madoguchi/notifications-contracts';
import {
  acceptWatchInvitationRequestSchema,
  createWatchInvitationRequestSchema,
} from '@madoguchi/notifications-contracts';
import {
  useAcceptWatchInvitation,
  useEndWatch,
  useInviteWatcher,
  useMyWatchers,
} from '@madoguchi/web-data-access-api';
import { Button, Checkbox, Notice, Select, StatusTag, TextInput } from '@madoguchi/web-ui-kit';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { NotificationSettingsMessages } from './notification-settings.messages.js';
import { Text } from '../../i18n/use-text.js';

// The consent box is unticked at first; the contract only accepts `true`.
const inviteFormSchema = createWatchInvitationRequestSchema.extend({
  hasConsented: z.boolean().refine((value) => value),
});
type InviteForm = z.infer<typeof inviteFormSchema>;

function RelationshipList({
  items,
  empty,
  describe,
  text,
}: {
  items: readonly WatchRelationshipView[];
  empty: string;
  describe: (item: WatchRelationshipView) => string;
  text: NotificationSettingsMessages;
}) {
  const end = useEndWatch();
  if (items.length === 0) {
    return (
      <p>
        <Text>{empty}</Text>
      </p>
    );
  }
  return (
    <ul className="mdg-card-list">
      {items.map((item) => (
        <li key={item.id} className="mdg-card">
          <p className="mdg-card__title">
            <StatusTag
              label={item.status === 'active' ? text.statusActive : text.statusInvited}
              tone={item.status === 'active' ? 'success' : 'info'}
            />{' '}
            <Text>{describe(item)}</Text>
          </p>
          <Button variant="secondary" disabled={end.isPending} onClick={() => end.mutate(item.id)}>
            {text.end}
            <span className="mdg-visually-hidden">{`（${describe(item)}）`}</span>
          </Button>
        </li>
      ))}
    </ul>
  );
}

/** 見守り: invite a watcher (with consent), accept an invitation, see and end both sides. */
export function WatchersPanel({ text }: { text: NotificationSettingsMessages }) {
  const watchers = useMyWatchers();
  const invite = useInviteWatcher();
  const accept = useAcceptWatchInvitation();
  const inviteForm = useForm<InviteForm>({
    resolver: zodResolver(inviteFormSchema),
    defaultValues: { inviteeLabel: '', relationship: 'family', hasConsented: false },
  });
  const acceptForm = useForm<AcceptWatchInvitationRequest>({
    resolver: zodResolver(acceptWatchInvitationRequestSchema),
    defaultValues: { invitationCode: '' },
  });
  const onInvite = inviteForm.handleSubmit((values) =>
    invite.mutateAsync({ ...values, hasConsented: true }).then(
      () => inviteForm.reset(),
      () => undefined,
    ),
  );
  const onAccept = acceptForm.handleSubmit((values) =>
    accept.mutateAsync({ invitationCode: values.invitationCode.toUpperCase() }).then(
      () => acceptForm.reset(),
      () => undefined,
    ),
  );
  return (
    <div>
      <p>
        <Text>{text.watchLead}</Text>
      </p>
      <form onSubmit={(event) => void onInvite(event)} noValidate>
        <fieldset disabled={inviteForm.formState.isSubmitting} className="mdg-fieldset-reset">
          <TextInput
            id="watch-invitee"
            label={text.inviteeLabel}
            hint={text.inviteeHint}
            error={inviteForm.formState.errors.inviteeLabel ? text.invalidValue : undefined}
            {...inviteForm.register('inviteeLabel')}
          />
          <Select
            id="watch-relationship"
            label={text.relationshipLabel}
            options={(['family', 'care_manager'] as const).map((value) => ({
              value,
              label: text.relationships[value],
            }))}
            {...inviteForm.register('relationship')}
          />
          <Checkbox
            id="watch-consent"
            label={text.consent}
            error={inviteForm.formState.errors.hasConsented ? text.invalidValue : undefined}
            {...inviteForm.register('hasConsented')}
          />
          <Button type="submit">{text.invite}</Button>
        </fieldset>
      </form>
      {invite.data ? (
        <Notice
          tone="success"
          role="status"
          title={text.invitationCode(invite.data.invitationCode)}
        >
          <p>
            <Text>{text.invitationCodeHint}</Text>
          </p>
        </Notice>
      ) : null}
      {invite.isError ? <Notice tone="error" role="alert" title={text.saveFailed} /> : null}

      <h3>
        <Text>{text.acceptHeading}</Text>
      </h3>
      <form onSubmit={(event) => void onAccept(event)} noValidate>
        <fieldset disabled={acceptForm.formState.isSubmitting} className="mdg-fieldset-reset">
          <TextInput
            id="watch-code"
            label={text.acceptLabel}
            hint={text.acceptHint}
            autoComplete="off"
            error={acceptForm.formState.errors.invitationCode ? text.invalidValue : undefined}
            {...acceptForm.register('invitationCode', {
              setValueAs: (value: string) => value.trim().toUpperCase(),
            })}
          />
          <Button type="submit" variant="secondary">
            {text.accept}
          </Button>
        </fieldset>
      </form>
      {accept.data ? (
        <Notice tone="success" role="status" title={text.accepted(accept.data.residentName)} />
      ) : null}
      {accept.isError ? (
        <Notice tone="error" role="alert" title={accept.error.message || text.saveFailed} />
      ) : null}

      <h3>
        <Text>{text.watchersHeading}</Text>
      </h3>
      <RelationshipList
        items={watchers.data?.watchers ?? []}
        empty={text.noWatchers}
        describe={(item) => text.watcherEntry(item.inviteeLabel, item.watcherName)}
        text={text}
      />
      <h3>
        <Text>{text.watchingHeading}</Text>
      </h3>
      <RelationshipList
        items={watchers.data?.watching ?? []}
        empty={text.noWatching}
        describe={(item) => text.watchingEntry(item.residentName)}
        text={text}
      />
    </div>
  );
}
