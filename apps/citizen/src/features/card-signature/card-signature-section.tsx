import type { FormAnswers } from '@madoguchi/forms-feature-render';
import { pickText } from '@madoguchi/shared-util-i18n';
import {
  isApiRequestError,
  useCompleteSigning,
  useStartSigning,
} from '@madoguchi/web-data-access-api';
import { Button, Notice } from '@madoguchi/web-ui-kit';
import { useState } from 'react';

import { useLocale } from '../../i18n/locale-context.js';
import { Text } from '../../i18n/use-text.js';
import { CARD_SIGNATURE_MESSAGES } from './card-signature.messages.js';
import { SIGNATURE_RETURN_PATH } from './signing-channel.js';
import { useSigningFinished } from './use-signing-finished.js';

/** Where a signing of these answers stands; kept by the form so it outlives the confirmation view. */
export type CardSigningState =
  | { kind: 'idle' }
  | { kind: 'starting'; answersKey: string }
  | { kind: 'waiting'; answersKey: string; id: string; signingUrl: string }
  | { kind: 'signed'; answersKey: string; signerName: string }
  | { kind: 'failed'; answersKey: string; message: string };

export function useCardSigningState() {
  return useState<CardSigningState>({ kind: 'idle' });
}

export type CardSignatureSectionProps = {
  municipalityCode: string;
  procedureId: string;
  formVersion: number;
  answers: FormAnswers;
  state: CardSigningState;
  onStateChange: (state: CardSigningState) => void;
};

/**
 * マイナンバーカードで署名 on the confirmation page: what signing means, a button that opens the
 * signer (the デジタル認証アプリ's role) in a new tab over exactly these answers, and the result.
 * Answers changed after signing drop the signature with a notice (the API would refuse it).
 */
export function CardSignatureSection({
  municipalityCode,
  procedureId,
  formVersion,
  answers,
  state,
  onStateChange,
}: CardSignatureSectionProps) {
  const { locale } = useLocale();
  const messages = CARD_SIGNATURE_MESSAGES[locale];
  const startSigning = useStartSigning();
  const completeSigning = useCompleteSigning();
  const answersKey = JSON.stringify(answers);
  const isCurrent = state.kind !== 'idle' && state.answersKey === answersKey;
  const isDropped = state.kind === 'signed' && !isCurrent;

  const failureOf = (error: unknown): string =>
    isApiRequestError(error) ? pickText(error.apiError.message, locale) : messages.failedTitle;

  useSigningFinished((signingRequest) => {
    if (state.kind !== 'waiting' || state.id !== signingRequest) {
      return;
    }
    completeSigning.mutate(signingRequest, {
      onSuccess: (result) =>
        onStateChange({
          kind: 'signed',
          answersKey: state.answersKey,
          signerName: result.signerName,
        }),
      onError: (error) =>
        onStateChange({ kind: 'failed', answersKey: state.answersKey, message: failureOf(error) }),
    });
  });

  const start = async () => {
    // Opened in the click itself, so that no popup blocker stops it; pointed at the signer once
    // the API has asked for the signature.
    const signerTab = window.open('about:blank', '_blank');
    if (signerTab) {
      signerTab.opener = null;
    }
    onStateChange({ kind: 'starting', answersKey });
    try {
      const started = await startSigning.mutateAsync({
        municipalityCode,
        procedureId,
        formVersion,
        answers,
        returnPath: SIGNATURE_RETURN_PATH,
      });
      if (signerTab) {
        signerTab.location.href = started.signingUrl;
      }
      onStateChange({
        kind: 'waiting',
        answersKey,
        id: started.id,
        signingUrl: started.signingUrl,
      });
    } catch (error) {
      signerTab?.close();
      onStateChange({ kind: 'failed', answersKey, message: failureOf(error) });
    }
  };

  const isBusy = isCurrent && (state.kind === 'starting' || completeSigning.isPending);
  const isSigned = isCurrent && state.kind === 'signed';

  return (
    <section className="mdg-confirmation-step" aria-labelledby="card-signature-heading">
      <h3 id="card-signature-heading">
        <Text>{messages.heading}</Text>
      </h3>
      <p>
        <Text>{messages.lead}</Text>
      </p>
      <p className="mdg-hint">
        <Text>{messages.whatItMeans}</Text>
      </p>
      {isDropped ? (
        <Notice tone="warning" title={messages.droppedTitle} role="status">
          <p>
            <Text>{messages.dropped}</Text>
          </p>
        </Notice>
      ) : null}
      {isSigned && state.kind === 'signed' ? (
        <Notice tone="success" title={messages.signedTitle}>
          <p>
            <Text>{messages.signedBy(state.signerName)}</Text>
          </p>
        </Notice>
      ) : null}
      {isCurrent && state.kind === 'failed' ? (
        <Notice tone="error" title={messages.failedTitle}>
          <p>{state.message}</p>
        </Notice>
      ) : null}
      <div role="status">
        {isCurrent && state.kind === 'waiting' ? (
          <p>
            <Text>{messages.waiting}</Text>{' '}
            <a href={state.signingUrl} target="_blank" rel="noopener noreferrer">
              <Text>{messages.reopen}</Text>
            </a>
          </p>
        ) : null}
        {isBusy ? (
          <p>
            <Text>{messages.starting}</Text>
          </p>
        ) : null}
      </div>
      {isSigned ? null : (
        <>
          <Button variant="secondary" disabled={isBusy} onClick={() => void start()}>
            {isCurrent && state.kind !== 'starting' ? messages.signAgain : messages.start}
          </Button>
          <p className="mdg-hint">
            <Text>{messages.submitHint}</Text>
          </p>
        </>
      )}
    </section>
  );
}
