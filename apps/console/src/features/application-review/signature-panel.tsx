import type { ApplicationSignature, BasicFourComparison } from '@madoguchi/procedures-contracts';
import { Notice, StatusTag, SummaryList, Table } from '@madoguchi/web-ui-kit';

import { formatDateTime } from '../../i18n/format.js';
import { useSignaturePanelMessages } from './signature-panel.messages.js';

/**
 * 電子署名: the card signature verified on receipt (valid, or invalid with the reason), who signed
 * and when (and where that time comes from), the certificate, and the 基本4情報 of the
 * certificate against the answers, each 一致 / 不一致 (a mismatch is flagged, not refused).
 */
export function SignaturePanel({ signature }: { signature: ApplicationSignature }) {
  const messages = useSignaturePanelMessages();
  const hasMismatch = signature.comparison.some((entry) => !entry.matches);
  return (
    <section aria-labelledby="signature-panel-heading">
      <h2 id="signature-panel-heading">{messages.heading}</h2>
      <SummaryList
        rows={[
          {
            key: 'status',
            label: messages.status,
            value: signature.isValid ? (
              <StatusTag tone="success" label={messages.valid} />
            ) : (
              <>
                <StatusTag tone="danger" label={messages.invalid} />{' '}
                {messages.failures[signature.failure ?? ''] ?? signature.failure}
              </>
            ),
          },
          ...(signature.signer
            ? [{ key: 'signer', label: messages.signer, value: signature.signer.name }]
            : []),
          ...(signature.signingTime
            ? [
                {
                  key: 'time',
                  label: messages.signingTime,
                  value: `${formatDateTime(signature.signingTime)}（${
                    messages.signingTimeSources[signature.signingTimeSource ?? ''] ?? ''
                  }）`,
                },
              ]
            : []),
          ...(signature.certificateSerial
            ? [{ key: 'serial', label: messages.serial, value: signature.certificateSerial }]
            : []),
          ...(signature.certificateIssuer
            ? [{ key: 'issuer', label: messages.issuer, value: signature.certificateIssuer }]
            : []),
          {
            key: 'verified',
            label: messages.verifiedAt,
            value: formatDateTime(signature.verifiedAt),
          },
        ]}
      />
      {hasMismatch ? (
        <Notice tone="warning">
          <p>{messages.mismatchNote}</p>
        </Notice>
      ) : null}
      <Table<BasicFourComparison>
        caption={messages.comparisonCaption}
        columns={[
          {
            id: 'item',
            header: messages.comparisonItem,
            cell: (entry) => messages.items[entry.item],
            isRowHeader: true,
          },
          { id: 'card', header: messages.comparisonOnCard, cell: (entry) => entry.onCard },
          { id: 'answers', header: messages.comparisonInAnswers, cell: (entry) => entry.inAnswers },
          {
            id: 'result',
            header: messages.comparisonResult,
            cell: (entry) =>
              entry.matches ? (
                <StatusTag tone="success" label={messages.match} />
              ) : (
                <StatusTag tone="danger" label={messages.mismatch} />
              ),
          },
        ]}
        rows={signature.comparison}
        rowKey={(entry) => entry.item}
        emptyText={messages.comparisonNone}
      />
    </section>
  );
}
