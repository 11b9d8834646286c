import { zodResolver } from '@hookform/resolvers/zod';
import type { NotificationContactView } from '@madoguchi/notifications-contracts';
import { pickText } from '@madoguchi/shared-util-i18n';
import {
  isApiRequestError,
  useResendEmailConfirmation,
  useSaveNotificationContact,
} from '@madoguchi/web-data-access-api';
import { Button, Notice, StatusTag, TextInput } from '@madoguchi/web-ui-kit';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { useLocale } from '../../i18n/locale-context.js';
import { Text } from '../../i18n/use-text.js';
import type { NotificationSettingsMessages } from './notification-settings.messages.js';

const contactFormSchema = z.object({ email: z.union([z.literal(''), z.email().max(254)]) });
type ContactForm = z.infer<typeof contactFormSchema>;

/**
 * The e-mail address notifications go to (empty: no e-mail). A new address is 確認待ち until its
 * owner follows the link of the confirmation mail; the mail can be asked for again (rate-limited).
 */
export function NotificationContactForm({
  contact,
  text,
}: {
  contact: NotificationContactView;
  text: NotificationSettingsMessages;
}) {
  const { locale } = useLocale();
  const save = useSaveNotificationContact();
  const resend = useResendEmailConfirmation();
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<ContactForm>({
    resolver: zodResolver(contactFormSchema),
    defaultValues: { email: contact.email ?? '' },
  });
  const onSubmit = handleSubmit((values) => {
    resend.reset();
    return save.mutateAsync({ email: values.email === '' ? null : values.email }).then(
      () => undefined,
      () => undefined,
    );
  });
  const failure = save.error ?? resend.error;
  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate>
      <fieldset disabled={isSubmitting} className="mdg-fieldset-reset">
        <TextInput
          id="notification-email"
          type="email"
          autoComplete="email"
          label={text.emailLabel}
          hint={text.emailHint}
          error={errors.email ? text.invalidValue : undefined}
          {...register('email')}
        />
        {contact.confirmation === null ? null : (
          <p>
            <StatusTag
              label={contact.confirmation === 'confirmed' ? text.emailConfirmed : text.emailPending}
              tone={contact.confirmation === 'confirmed' ? 'success' : 'info'}
            />
          </p>
        )}
        {contact.confirmation === 'pending' ? (
          <p>
            <Text>{text.emailPendingHint}</Text>
          </p>
        ) : null}
        <Button type="submit" variant="secondary">
          {text.saveEmail}
        </Button>{' '}
        {contact.confirmation === 'pending' ? (
          <Button
            type="button"
            variant="secondary"
            disabled={resend.isPending}
            onClick={() => {
              save.reset();
              resend.mutate();
            }}
          >
            {text.resendConfirmation}
          </Button>
        ) : null}
      </fieldset>
      {save.isSuccess ? <Notice tone="success" role="status" title={text.emailSaved} /> : null}
      {resend.isSuccess ? (
        <Notice tone="success" role="status" title={text.confirmationResent} />
      ) : null}
      {failure ? (
        <Notice tone="error" role="alert" title={text.saveFailed}>
          {isApiRequestError(failure) ? (
            <p>
              <Text>{pickText(failure.apiError.message, locale)}</Text>
            </p>
          ) : null}
        </Notice>
      ) : null}
    </form>
  );
}
