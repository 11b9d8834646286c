import { zodResolver } from '@hookform/resolvers/zod';
import type { NotificationPreferences } from '@madoguchi/notifications-contracts';
import {
  NOTIFICATION_CATEGORIES,
  notificationPreferencesSchema,
} from '@madoguchi/notifications-contracts';
import { useSaveNotificationPreferences } from '@madoguchi/web-data-access-api';
import { Button, Checkbox, Fieldset, Notice, Select, TextInput } from '@madoguchi/web-ui-kit';
import { useForm } from 'react-hook-form';
import type { NotificationSettingsMessages } from './notification-settings.messages.js';
import { Text } from '../../i18n/use-text.js';

export type NotificationPreferencesFormProps = {
  preferences: NotificationPreferences;
  text: NotificationSettingsMessages;
};

/** Channels per category (opt-out), quiet hours, language and digest threshold. */
export function NotificationPreferencesForm({
  preferences,
  text,
}: NotificationPreferencesFormProps) {
  const save = useSaveNotificationPreferences();
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<NotificationPreferences>({
    resolver: zodResolver(notificationPreferencesSchema),
    defaultValues: preferences,
  });
  const onSubmit = handleSubmit((values) =>
    save.mutateAsync(values).then(
      () => undefined,
      () => undefined,
    ),
  );
  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate>
      <fieldset disabled={isSubmitting} className="mdg-fieldset-reset">
        <Fieldset
          id="categories"
          legend={text.categoriesHeading}
          hint={text.categoriesHint}
          isSection
        >
          {NOTIFICATION_CATEGORIES.map((category) => (
            <Fieldset
              key={category}
              id={`category-${category}`}
              legend={text.categoryNames[category]}
            >
              {category === 'application' ? (
                <p className="mdg-hint">
                  <Text>{text.applicationAlwaysInbox}</Text>
                </p>
              ) : (
                <Checkbox
                  id={`category-${category}-enabled`}
                  label={text.receive}
                  {...register(`categories.${category}.isEnabled`)}
                />
              )}
              <Checkbox
                id={`category-${category}-push`}
                label={text.byPush}
                {...register(`categories.${category}.webPush`)}
              />
              <Checkbox
                id={`category-${category}-email`}
                label={text.byEmail}
                {...register(`categories.${category}.email`)}
              />
            </Fieldset>
          ))}
        </Fieldset>
        <Fieldset id="quiet-hours" legend={text.quietHeading} hint={text.quietHint} isSection>
          <TextInput
            id="quiet-start"
            type="time"
            width="short"
            label={text.quietStart}
            error={errors.quietHours?.start ? text.invalidValue : undefined}
            {...register('quietHours.start')}
          />
          <TextInput
            id="quiet-end"
            type="time"
            width="short"
            label={text.quietEnd}
            error={errors.quietHours?.end ? text.invalidValue : undefined}
            {...register('quietHours.end')}
          />
        </Fieldset>
        <Select
          id="notification-locale"
          label={text.languageLabel}
          options={(['ja', 'en', 'easyJa'] as const).map((locale) => ({
            value: locale,
            label: text.languages[locale],
          }))}
          {...register('locale')}
        />
        <TextInput
          id="digest-threshold"
          type="number"
          inputMode="numeric"
          min={2}
          max={50}
          width="short"
          label={text.digestLabel}
          hint={text.digestHint}
          error={errors.digestThreshold ? text.invalidValue : undefined}
          {...register('digestThreshold', { valueAsNumber: true })}
        />
        <Button type="submit">{text.savePreferences}</Button>
      </fieldset>
      {save.isSuccess ? (
        <Notice tone="success" role="status" title={text.preferencesSaved} />
      ) : null}
      {save.isError ? <Notice tone="error" role="alert" title={text.saveFailed} /> : null}
    </form>
  );
}
