// @peculiar/x509 resolves its services through tsyringe, which needs the Reflect metadata API.
import 'reflect-metadata';

import { createHash } from 'node:crypto';

import type { X509Certificate } from '@peculiar/x509';

import type { CertifiedKey } from './certificate-authority.js';
import { signDigestDetached } from './cms/sign-digest.js';
import { addSignatureTimestamp, type Stamper } from './tsp/signature-timestamp.js';

export type SealParams = {
  /** The exact bytes sealed (e.g. the UTF-8 of a receipt's canonical JSON). */
  readonly content: Uint8Array;
  /** The municipality's seal certificate and key (eシール / LGPKI 職責証明書 role). */
  readonly seal: CertifiedKey;
  readonly chain?: readonly X509Certificate[];
  /** Adds a signature timestamp (CAdES-T); without it the seal proves origin but not time. */
  readonly stamp?: Stamper;
  readonly signingTime?: Date;
};

/**
 * A detached CMS seal over arbitrary bytes, with a signature timestamp when `stamp` is given.
 * Anyone can check it with `openssl cms -verify -binary -inform DER -content <file>` against the
 * municipal CA, or with `verifyDetachedSignature`.
 */
export async function sealDetached(params: SealParams): Promise<Uint8Array> {
  const signature = await signDigestDetached({
    digest: new Uint8Array(createHash('sha256').update(params.content).digest()),
    signer: params.seal,
    ...(params.chain ? { chain: params.chain } : {}),
    ...(params.signingTime ? { signingTime: params.signingTime } : {}),
  });
  return params.stamp ? addSignatureTimestamp(signature, params.stamp) : signature;
}
