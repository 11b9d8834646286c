import { Inject, Injectable, Logger } from '@nestjs/common';
import { z } from 'zod';

import type { Env } from '../config/env.js';
import { ENV } from '../infrastructure/tokens.js';
import { signaturesException } from './signatures.exception.js';

const DEADLINE_MS = 10_000;

export type NewSigning = {
  readonly digestHex: string;
  readonly procedureTitle: { readonly ja: string; readonly en: string };
  readonly municipalityName: { readonly ja: string; readonly en: string };
  readonly returnUrl: string;
  /** The signed-in resident, so the demo signer can offer their card first (server to server only). */
  readonly cardHint: string;
};

const createdSchema = z.object({ requestId: z.string().min(1), signingUrl: z.url() });
const fetchedSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('pending') }),
  z.object({ status: z.literal('cancelled') }),
  z.object({ status: z.literal('signed'), signature: z.base64() }),
]);
export type FetchedSigning = z.infer<typeof fetchedSchema>;

/**
 * The signing service in the role of the デジタル認証アプリ's signature function, server to server:
 * the API asks for a signature over a digest and later fetches the CMS SignedData the card made.
 * A configured endpoint (like the OpenID provider): not user input, so not through the outbound
 * guard. Unreachable or answering nonsense: 503 signing_unavailable, nothing else leaks.
 */
@Injectable()
export class SigningServiceClient {
  private readonly logger = new Logger(SigningServiceClient.name);

  constructor(@Inject(ENV) private readonly env: Env) {}

  get isConfigured(): boolean {
    return this.env.SIGNING_SERVICE_URL !== undefined;
  }

  async create(signing: NewSigning): Promise<z.infer<typeof createdSchema>> {
    return createdSchema.parse(
      await this.call('POST', 'api/signing-requests', signing).catch((error: unknown) =>
        this.unavailable(error),
      ),
    );
  }

  async fetch(requestId: string): Promise<FetchedSigning> {
    const answer = await this.call(
      'GET',
      `api/signing-requests/${encodeURIComponent(requestId)}`,
    ).catch((error: unknown) => this.unavailable(error));
    if (answer === null) {
      throw signaturesException('signing_request_not_found');
    }
    const parsed = fetchedSchema.safeParse(answer);
    return parsed.success ? parsed.data : this.unavailable(parsed.error);
  }

  private async call(method: 'GET' | 'POST', path: string, body?: unknown): Promise<unknown> {
    const base = this.env.SIGNING_SERVICE_URL;
    if (base === undefined) {
      throw signaturesException('signing_unavailable');
    }
    const response = await fetch(new URL(path, base.endsWith('/') ? base : `${base}/`), {
      method,
      headers: {
        authorization: `Bearer ${this.env.SIGNING_SERVICE_CLIENT_SECRET}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      redirect: 'error',
      signal: AbortSignal.timeout(DEADLINE_MS),
    });
    if (response.status === 404) {
      return null;
    }
    if (!response.ok) {
      throw new Error(`signing service answered ${response.status}`);
    }
    return response.json();
  }

  private unavailable(error: unknown): never {
    if (error instanceof Error && error.name === 'ApiException') {
      throw error;
    }
    this.logger.warn(
      `signing service unavailable: ${error instanceof Error ? error.message : 'unknown'}`,
    );
    throw signaturesException('signing_unavailable');
  }
}
