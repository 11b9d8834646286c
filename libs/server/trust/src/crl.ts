// @peculiar/x509 resolves its services through tsyringe, which needs the Reflect metadata API.
import 'reflect-metadata';

import { AsnConvert } from '@peculiar/asn1-schema';
import { CRLNumber, id_ce_cRLNumber } from '@peculiar/asn1-x509';
import {
  AuthorityKeyIdentifierExtension,
  Extension,
  PemConverter,
  X509CrlGenerator,
  X509CrlReason,
  type X509Crl,
} from '@peculiar/x509';

import type { CertifiedKey } from './certificate-authority.js';
import { RSA_SIGNING_ALGORITHM } from './keys.js';

export type RevocationEntry = {
  /** Hex serial number of the revoked certificate. */
  readonly serialNumber: string;
  readonly revokedAt: Date;
  /** Default keyCompromise, the demo's story: the card was lost. */
  readonly reason?: Exclude<X509CrlReason, X509CrlReason.unspecified>;
};

export type CrlParams = {
  readonly revoked: readonly RevocationEntry[];
  readonly thisUpdate: Date;
  readonly nextUpdate: Date;
  /** Monotonic CRL number (RFC 5280 §5.2.3), one more at each issue. */
  readonly crlNumber: number;
};

/** A v2 CRL signed by the CA, with the authority key identifier and the CRL number. */
export async function issueCrl(ca: CertifiedKey, params: CrlParams): Promise<X509Crl> {
  return X509CrlGenerator.create({
    issuer: ca.certificate.subjectName,
    thisUpdate: params.thisUpdate,
    nextUpdate: params.nextUpdate,
    signingKey: ca.privateKey,
    signingAlgorithm: RSA_SIGNING_ALGORITHM,
    extensions: [
      await AuthorityKeyIdentifierExtension.create(ca.certificate),
      new Extension(id_ce_cRLNumber, false, AsnConvert.serialize(new CRLNumber(params.crlNumber))),
    ],
    entries: params.revoked.map((entry) => ({
      serialNumber: entry.serialNumber,
      revocationDate: entry.revokedAt,
      // Never `unspecified` (0): RFC 5280 §5.3.1 wants the extension absent then, and
      // @peculiar/x509 2.2 writes an empty, invalid crlEntryExtensions for a reason of 0.
      reason: entry.reason ?? X509CrlReason.keyCompromise,
    })),
  });
}

/** PEM as openssl reads it: "X509 CRL" (@peculiar/x509 writes the label "CRL", which openssl refuses). */
export function crlToPem(crl: X509Crl): string {
  return PemConverter.encode(crl.rawData, 'X509 CRL');
}
