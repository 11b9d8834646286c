import { zodResolver } from '@hookform/resolvers/zod';
import { useSaveNotificationContact } from '@madoguchi/web-data-access-api';
import { Button, Notice, TextInput } from '@madoguchi/web-ui-kit';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { NotificationSettingsMessages } from './notification-settings.messages.js';

const contactFormSchema = z.object({ email: z.union([z.literal(''), z.email().max(254)]) });
type ContactForm = z.infer<typeof contactFormSchema>;

/** The e-mail address notifications go to (empty: no e-mail). */
export function NotificationContactForm({ email, text }: { email: string | null; text: NotificationSettingsMessages }) {
  const save = useSaveNotificationContact();
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<ContactForm>({ resolver: zodResolver(contactFormSchema), defaultValues: { email: email ?? '' } });
  const onSubmit = handleSubmit((values) =>
    save.mutateAsync({ email: values.email === '' ? null : values.email }).then(() => undefined, () => undefined),
  );
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
        <Button type="submit" variant="secondary">
          {text.saveEmail}
        </Button>
      </fieldset>
      {save.isSuccess ? <Notice tone="success" role="status" title={text.emailSaved} /> : null}
      {save.isError ? <Notice tone="error" role="alert" title={text.saveFailed} /> : null}
    </form>
  );
}
