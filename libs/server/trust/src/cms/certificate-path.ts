// @peculiar/x509 resolves its services through tsyringe, which needs the Reflect metadata API.
import 'reflect-metadata';

import {
  KeyUsageFlags,
  KeyUsagesExtension,
  type X509Certificate,
  type X509Crl,
} from '@peculiar/x509';

export type PathFailure =
  'unknown_ca' | 'expired' | 'not_yet_valid' | 'revoked' | 'revocation_unknown';

export type PathCheck =
  | { readonly isValid: true; readonly path: readonly X509Certificate[] }
  | { readonly isValid: false; readonly failure: PathFailure; readonly message: string };

// JPKI and LGPKI paths are one or two CAs long; anything deeper is not ours.
const MAX_PATH_LENGTH = 4;

/**
 * RFC 5280 §6 as far as these PKIs need it: a path from `leaf` through `intermediates` to one
 * of `trustAnchors` (each link's signature checked), every certificate valid at `at`, and every
 * certificate but the anchor absent from its issuer's CRL at `at`. A certificate revoked after
 * `at` still passes: a signature made before a revocation stays valid, which is why `at` must
 * be a trustworthy time (a signature timestamp) wherever one exists.
 */
export async function checkCertificatePath(params: {
  readonly leaf: X509Certificate;
  readonly intermediates: readonly X509Certificate[];
  readonly trustAnchors: readonly X509Certificate[];
  readonly crls: readonly X509Crl[];
  readonly at: Date;
}): Promise<PathCheck> {
  const path = await buildPath(params.leaf, params.intermediates, params.trustAnchors);
  if (!path) {
    return { isValid: false, failure: 'unknown_ca', message: 'No path to a trust anchor.' };
  }
  for (const certificate of path) {
    if (params.at < certificate.notBefore) {
      return {
        isValid: false,
        failure: 'not_yet_valid',
        message: `${certificate.subject} is not yet valid.`,
      };
    }
    if (params.at > certificate.notAfter) {
      return { isValid: false, failure: 'expired', message: `${certificate.subject} has expired.` };
    }
  }
  for (let index = 0; index < path.length - 1; index += 1) {
    const certificate = path[index] as X509Certificate;
    const issuer = path[index + 1] as X509Certificate;
    const crl = await findIssuerCrl(issuer, params.crls, params.at);
    if (!crl) {
      return {
        isValid: false,
        failure: 'revocation_unknown',
        message: `No current CRL signed by ${issuer.subject}.`,
      };
    }
    const entry = crl.findRevoked(certificate);
    if (entry && entry.revocationDate <= params.at) {
      return { isValid: false, failure: 'revoked', message: `${certificate.subject} is revoked.` };
    }
  }
  return { isValid: true, path };
}

async function buildPath(
  leaf: X509Certificate,
  intermediates: readonly X509Certificate[],
  trustAnchors: readonly X509Certificate[],
): Promise<X509Certificate[] | null> {
  const path = [leaf];
  let current = leaf;
  while (path.length <= MAX_PATH_LENGTH) {
    const anchor = await findIssuer(current, trustAnchors);
    if (anchor) {
      return [...path, anchor];
    }
    const intermediate = await findIssuer(
      current,
      intermediates.filter((candidate) => !path.includes(candidate) && isCa(candidate)),
    );
    if (!intermediate) {
      return null;
    }
    path.push(intermediate);
    current = intermediate;
  }
  return null;
}

async function findIssuer(
  certificate: X509Certificate,
  candidates: readonly X509Certificate[],
): Promise<X509Certificate | null> {
  for (const candidate of candidates) {
    if (
      candidate.subject === certificate.issuer &&
      (await certificate.verify({ publicKey: candidate.publicKey, signatureOnly: true }))
    ) {
      return candidate;
    }
  }
  return null;
}

// The newest CRL the issuer signed; null when there is none, or when even the newest one's
// nextUpdate had passed at `at` (a stale CRL cannot say the certificate was not revoked then).
async function findIssuerCrl(
  issuer: X509Certificate,
  crls: readonly X509Crl[],
  at: Date,
): Promise<X509Crl | null> {
  let newest: X509Crl | null = null;
  for (const crl of crls) {
    if (
      crl.issuer === issuer.subject &&
      (!newest || crl.thisUpdate > newest.thisUpdate) &&
      (await crl.verify({ publicKey: issuer.publicKey }))
    ) {
      newest = crl;
    }
  }
  if (newest?.nextUpdate && newest.nextUpdate < at) {
    return null;
  }
  return newest;
}

function isCa(certificate: X509Certificate): boolean {
  const keyUsage = certificate.getExtension(KeyUsagesExtension);
  return !keyUsage || (keyUsage.usages & KeyUsageFlags.keyCertSign) !== 0;
}
