import type { ResidentApplicationDetail } from '@madoguchi/procedures-contracts';
import { canTransition } from '@madoguchi/procedures-domain';
import { pickText } from '@madoguchi/shared-util-i18n';
import { isApiRequestError, useWithdrawMyApplication } from '@madoguchi/web-data-access-api';
import { Button, ButtonGroup, Notice, TextArea } from '@madoguchi/web-ui-kit';
import { useState } from 'react';
import { useLocale } from '../../i18n/locale-context.js';

/** 取下げ in two steps (ask, then confirm), with an optional reason. */
export function WithdrawApplication({ application }: { application: ResidentApplicationDetail }) {
  const { messages, locale } = useLocale();
  const withdraw = useWithdrawMyApplication(application.id);
  const [isConfirming, setIsConfirming] = useState(false);
  const [reason, setReason] = useState('');

  const confirm = async () => {
    await withdraw.mutateAsync(reason.trim() === '' ? {} : { reason: reason.trim() });
    setIsConfirming(false);
  };

  if (withdraw.isSuccess) {
    return <Notice tone="success" title={messages.withdrawn} />;
  }
  if (!canTransition(application.status, 'withdrawn', 'resident')) {
    return null;
  }
  return (
    <section aria-labelledby="withdraw-heading" className="mdg-no-print">
      <h2 id="withdraw-heading">{messages.withdrawHeading}</h2>
      <p>{messages.withdrawLead}</p>
      {withdraw.isError ? (
        <Notice tone="error" title={messages.actionFailed}>
          {isApiRequestError(withdraw.error) ? (
            <p>{pickText(withdraw.error.apiError.message, locale)}</p>
          ) : null}
        </Notice>
      ) : null}
      {isConfirming ? (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void confirm().catch(() => undefined);
          }}
        >
          <fieldset className="mdg-fieldset" disabled={withdraw.isPending}>
            <TextArea
              id="withdraw-reason"
              label={messages.withdrawReasonLabel}
              rows={3}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
            />
            <ButtonGroup>
              <Button type="submit" variant="warning">
                {messages.withdrawConfirm}
              </Button>
              <Button variant="secondary" onClick={() => setIsConfirming(false)}>
                {messages.withdrawCancel}
              </Button>
            </ButtonGroup>
          </fieldset>
        </form>
      ) : (
        <Button variant="secondary" onClick={() => setIsConfirming(true)}>
          {messages.withdrawStart}
        </Button>
      )}
    </section>
  );
}
