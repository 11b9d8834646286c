import type { CounterConfirmationChannel } from '@madoguchi/procedures-contracts';

/**
 * The resident's confirmation page for a token: the token and the channel go in the fragment,
 * which browsers never send to a server, so no access log or proxy sees the token.
 */
export function counterConfirmUrl(
  citizenAppUrl: string,
  token: string,
  via: CounterConfirmationChannel,
): string {
  const fragment = new URLSearchParams({ token, via }).toString();
  return `${citizenAppUrl.replace(/\/+$/, '')}/counter/confirm#${fragment}`;
}

export function counterLinks(
  citizenAppUrl: string,
  token: string,
): { token: string; confirmUrl: string; counterScreenUrl: string } {
  return {
    token,
    confirmUrl: counterConfirmUrl(citizenAppUrl, token, 'qr'),
    counterScreenUrl: counterConfirmUrl(citizenAppUrl, token, 'counter_screen'),
  };
}
