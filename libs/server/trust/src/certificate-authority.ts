// @peculiar/x509 resolves its services through tsyringe, which needs the Reflect metadata API.
import 'reflect-metadata';

import {
  AuthorityKeyIdentifierExtension,
  BasicConstraintsExtension,
  KeyUsageFlags,
  KeyUsagesExtension,
  SubjectKeyIdentifierExtension,
  X509CertificateGenerator,
  type Extension,
  type JsonName,
  type X509Certificate,
} from '@peculiar/x509';

import { generateSigningKeys, RSA_SIGNING_ALGORITHM, type CryptoKey } from './keys.js';

/** A certificate with the private key of its subject (a CA, a card, a seal, a TSA unit). */
export type CertifiedKey = {
  readonly certificate: X509Certificate;
  readonly privateKey: CryptoKey;
};

export type Validity = { readonly notBefore: Date; readonly notAfter: Date };

/** A self-signed root CA certificate (basicConstraints CA, keyCertSign and cRLSign, critical). */
export async function createRootAuthority(
  subject: JsonName,
  validity: Validity,
): Promise<CertifiedKey> {
  const keys = await generateSigningKeys();
  const certificate = await X509CertificateGenerator.createSelfSigned({
    serialNumber: randomSerialNumber(),
    name: subject,
    notBefore: validity.notBefore,
    notAfter: validity.notAfter,
    keys,
    signingAlgorithm: RSA_SIGNING_ALGORITHM,
    extensions: [
      new BasicConstraintsExtension(true, 0, true),
      new KeyUsagesExtension(KeyUsageFlags.keyCertSign | KeyUsageFlags.cRLSign, true),
      await SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  return { certificate, privateKey: keys.privateKey };
}

export type EndEntityProfile = {
  readonly subject: JsonName;
  readonly validity: Validity;
  /** Extensions beyond the key identifiers, which are always added. */
  readonly extensions: readonly Extension[];
};

/** A new key pair and an end-entity certificate for it, signed by `issuer`. */
export async function issueEndEntity(
  issuer: CertifiedKey,
  profile: EndEntityProfile,
): Promise<CertifiedKey> {
  const keys = await generateSigningKeys();
  const certificate = await X509CertificateGenerator.create({
    serialNumber: randomSerialNumber(),
    subject: profile.subject,
    issuer: issuer.certificate.subjectName,
    notBefore: profile.validity.notBefore,
    notAfter: profile.validity.notAfter,
    publicKey: keys.publicKey,
    signingKey: issuer.privateKey,
    signingAlgorithm: RSA_SIGNING_ALGORITHM,
    extensions: [
      ...profile.extensions,
      await SubjectKeyIdentifierExtension.create(keys.publicKey),
      await AuthorityKeyIdentifierExtension.create(issuer.certificate),
    ],
  });
  return { certificate, privateKey: keys.privateKey };
}

/**
 * 16 random bytes with the top bit cleared: RFC 5280 §4.1.2.2 wants a positive serial of at most
 * 20 octets, unpredictable so that a chosen-prefix collision cannot be prepared.
 */
export function randomSerialNumber(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  // Top bit clear keeps it positive; bit 6 set keeps the first octet non-zero (minimal DER).
  bytes[0] = ((bytes[0] ?? 0) & 0x7f) | 0x40;
  return Buffer.from(bytes).toString('hex');
}
