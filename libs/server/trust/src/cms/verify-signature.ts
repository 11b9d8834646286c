// @peculiar/x509 resolves its services through tsyringe, which needs the Reflect metadata API.
import 'reflect-metadata';

import { createHash } from 'node:crypto';

import {
  KeyUsageFlags,
  KeyUsagesExtension,
  type X509Certificate,
  type X509Crl,
} from '@peculiar/x509';
import { Sequence } from 'asn1js';
import { ContentInfo } from 'pkijs';

import { readBasicFour, type BasicFourInfo } from '../basic-four.js';
import { OID } from '../oids.js';
import { checkTimestampToken } from '../tsp/timestamp-token.js';
import { checkCertificatePath } from './certificate-path.js';
import { checkSignerInfo, parseSignedData } from './signer-info-check.js';

/**
 * Why a signature was refused. Closed: the API maps each to one ja/en message.
 * - `malformed`: not a detached CMS SignedData with one signer, its certificate and RFC 5652's
 *   signed attributes over SHA-256.
 * - `bad_signature`: the signature value does not verify with the certificate's key, or the
 *   certificate is not for signing (keyUsage).
 * - `digest_mismatch`: a valid signature over other content (other answers or attachments).
 * - `unknown_ca`: no path to a configured trust anchor.
 * - `expired` / `not_yet_valid`: a certificate of the path was outside its validity at signing time.
 * - `revoked`: the issuer's CRL lists the certificate as revoked at or before signing time.
 * - `revocation_unknown`: no CRL signed by the issuer was supplied, or the newest one was already
 *   past its nextUpdate at signing time, so revocation cannot be ruled out.
 * - `bad_timestamp`: a signature timestamp is present but does not verify.
 */
export const SIGNATURE_FAILURE_CODES = [
  'malformed',
  'bad_signature',
  'digest_mismatch',
  'unknown_ca',
  'expired',
  'not_yet_valid',
  'revoked',
  'revocation_unknown',
  'bad_timestamp',
] as const;
export type SignatureFailureCode = (typeof SIGNATURE_FAILURE_CODES)[number];

export type SignerSummary = {
  readonly certificate: X509Certificate;
  readonly subject: string;
  readonly issuer: string;
  readonly serialNumber: string;
  readonly notBefore: Date;
  readonly notAfter: Date;
  /** 基本4情報 when the certificate is a (demo) JPKI 署名用電子証明書, else null. */
  readonly basicFour: BasicFourInfo | null;
};

/** Where the time the certificates were checked at came from, most trustworthy first. */
export type SigningTimeSource =
  'signature_timestamp' | 'signing_time_attribute' | 'verification_time';

export type SignatureVerification =
  | {
      readonly isValid: true;
      readonly signer: SignerSummary;
      readonly signingTime: Date;
      readonly signingTimeSource: SigningTimeSource;
    }
  | {
      readonly isValid: false;
      readonly failure: SignatureFailureCode;
      /** English, for logs and staff; carries no personal data. */
      readonly message: string;
      readonly signer?: SignerSummary;
    };

export type VerifySignatureParams = {
  /** DER of the CMS ContentInfo (detached SignedData). */
  readonly signature: Uint8Array;
  /** The SHA-256 of the content the signature must be over. */
  readonly digest: Uint8Array;
  readonly trustAnchors: readonly X509Certificate[];
  /** CRLs of the issuing CAs (JPKI publishes them; the demo CA writes crl.pem). */
  readonly crls: readonly X509Crl[];
  /** Anchors for a signature timestamp's TSA; without them a timestamp is not trusted for time. */
  readonly timestampTrustAnchors?: readonly X509Certificate[];
  readonly now?: Date;
};

/**
 * Verifies a detached CMS signature over a known SHA-256 digest: the signature, the digest, the
 * chain to `trustAnchors`, validity and revocation at the signing time. The signing time is the
 * signature timestamp's when one verifies against `timestampTrustAnchors`, else the signed
 * signingTime attribute (claimed by the signer, so never later than now), else now.
 */
export async function verifyDetachedSignature(
  params: VerifySignatureParams,
): Promise<SignatureVerification> {
  const now = params.now ?? new Date();
  const parsed = parseSignedData(params.signature);
  if (!parsed || parsed.signedData.encapContentInfo.eContent) {
    return refuse(
      'malformed',
      'Not a detached CMS SignedData with one signer and its certificate.',
    );
  }
  const signer = summarise(parsed.signerCertificate);
  const signerCheck = await checkSignerInfo(parsed, {
    contentType: OID.data,
    digest: params.digest,
  });
  if (!signerCheck.isValid) {
    return refuse(signerCheck.failure, signerCheck.message, signer);
  }
  const keyUsage = parsed.signerCertificate.getExtension(KeyUsagesExtension);
  if (
    keyUsage &&
    (keyUsage.usages & (KeyUsageFlags.digitalSignature | KeyUsageFlags.nonRepudiation)) === 0
  ) {
    return refuse('bad_signature', 'The certificate is not for signatures.', signer);
  }

  let signingTime =
    signerCheck.signingTime && signerCheck.signingTime < now ? signerCheck.signingTime : now;
  let signingTimeSource: SigningTimeSource = signerCheck.signingTime
    ? 'signing_time_attribute'
    : 'verification_time';
  const timestampToken: unknown = parsed.signerInfo.unsignedAttrs?.attributes.find(
    (attribute) => attribute.type === OID.signatureTimeStampToken,
  )?.values[0];
  if (timestampToken instanceof Sequence && params.timestampTrustAnchors) {
    const stamp = await checkTimestampToken({
      token: new ContentInfo({ schema: timestampToken }),
      imprint: new Uint8Array(
        createHash('sha256').update(parsed.signerInfo.signature.valueBlock.valueHexView).digest(),
      ),
      trustAnchors: params.timestampTrustAnchors,
    });
    if (!stamp.isValid) {
      return refuse('bad_timestamp', stamp.message, signer);
    }
    signingTime = stamp.genTime;
    signingTimeSource = 'signature_timestamp';
  }

  const path = await checkCertificatePath({
    leaf: parsed.signerCertificate,
    intermediates: parsed.certificates,
    trustAnchors: params.trustAnchors,
    crls: params.crls,
    at: signingTime,
  });
  if (!path.isValid) {
    return refuse(path.failure, path.message, signer);
  }
  return { isValid: true, signer, signingTime, signingTimeSource };
}

function refuse(
  failure: SignatureFailureCode,
  message: string,
  signer?: SignerSummary,
): SignatureVerification {
  return signer
    ? { isValid: false, failure, message, signer }
    : { isValid: false, failure, message };
}

function summarise(certificate: X509Certificate): SignerSummary {
  return {
    certificate,
    subject: certificate.subject,
    issuer: certificate.issuer,
    serialNumber: certificate.serialNumber,
    notBefore: certificate.notBefore,
    notAfter: certificate.notAfter,
    basicFour: readBasicFour(certificate),
  };
}
