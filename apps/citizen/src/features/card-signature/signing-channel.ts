/**
 * The signer opens in a tab of its own (the form keeps its answers, 個人番号 included, in this
 * one); it sends the resident back to the citizen app's return page there, which tells this tab
 * on a same-origin BroadcastChannel which signing finished.
 */
export const SIGNING_CHANNEL = 'madoguchi-card-signature';
export const SIGNATURE_RETURN_PATH = '/signature-return';

export type SigningFinished = { readonly signingRequest: string };

export function announceSigningFinished(signingRequest: string): void {
  const channel = new BroadcastChannel(SIGNING_CHANNEL);
  channel.postMessage({ signingRequest } satisfies SigningFinished);
  channel.close();
}
