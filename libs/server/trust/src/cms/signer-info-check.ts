// @peculiar/x509 resolves its services through tsyringe, which needs the Reflect metadata API.
import 'reflect-metadata';

import { X509Certificate } from '@peculiar/x509';
import { GeneralizedTime, ObjectIdentifier, OctetString, UTCTime } from 'asn1js';
import {
  Certificate,
  ContentInfo,
  IssuerAndSerialNumber,
  SignedData,
  getCrypto,
  type SignerInfo,
} from 'pkijs';

import { OID } from '../oids.js';

export type ParsedSignedData = {
  readonly signedData: SignedData;
  readonly signerInfo: SignerInfo;
  readonly signerCertificate: X509Certificate;
  readonly signerPublicKeyInfo: Certificate['subjectPublicKeyInfo'];
  /** Every certificate the SignedData carries, as @peculiar/x509 objects. */
  readonly certificates: readonly X509Certificate[];
};

/** The one SignerInfo of a CMS ContentInfo/SignedData and its certificate, or null if malformed. */
export function parseSignedData(der: Uint8Array): ParsedSignedData | null {
  try {
    const contentInfo = ContentInfo.fromBER(der);
    if (contentInfo.contentType !== ContentInfo.SIGNED_DATA) {
      return null;
    }
    const signedData = new SignedData({ schema: contentInfo.content });
    return signedDataParts(signedData);
  } catch {
    return null;
  }
}

export function signedDataParts(signedData: SignedData): ParsedSignedData | null {
  const [signerInfo, ...others] = signedData.signerInfos;
  if (!signerInfo || others.length > 0 || !(signerInfo.sid instanceof IssuerAndSerialNumber)) {
    return null;
  }
  const sid = signerInfo.sid;
  const certificates = (signedData.certificates ?? []).filter(
    (item): item is Certificate => item instanceof Certificate,
  );
  const signer = certificates.find(
    (certificate) =>
      certificate.issuer.isEqual(sid.issuer) && certificate.serialNumber.isEqual(sid.serialNumber),
  );
  if (!signer) {
    return null;
  }
  return {
    signedData,
    signerInfo,
    signerCertificate: new X509Certificate(signer.toSchema().toBER()),
    signerPublicKeyInfo: signer.subjectPublicKeyInfo,
    certificates: certificates.map(
      (certificate) => new X509Certificate(certificate.toSchema().toBER()),
    ),
  };
}

const RSA_SIGNATURE_ALGORITHMS = new Set<string>([OID.rsaEncryption, OID.sha256WithRsaEncryption]);

export type SignerInfoFailure = 'malformed' | 'bad_signature' | 'digest_mismatch';

export type SignerInfoCheck =
  | { readonly isValid: true; readonly signingTime: Date | null }
  | { readonly isValid: false; readonly failure: SignerInfoFailure; readonly message: string };

/**
 * RFC 5652 §5.4 and §11: the signed attributes hold the expected content type and a
 * messageDigest equal to `expected.digest`, and the signer's key signed their DER (SHA-256).
 * The signature is checked first, so a changed signature reads `bad_signature` and a valid
 * signature over other content reads `digest_mismatch`.
 */
export async function checkSignerInfo(
  parsed: ParsedSignedData,
  expected: { readonly contentType: string; readonly digest: Uint8Array },
): Promise<SignerInfoCheck> {
  const { signerInfo, signedData } = parsed;
  const signedAttributes = signerInfo.signedAttrs;
  if (!signedAttributes) {
    return {
      isValid: false,
      failure: 'malformed',
      message: 'The signature has no signed attributes.',
    };
  }
  // JPKI's profile and ours: RSA PKCS#1 v1.5 with SHA-256, nothing weaker and nothing else.
  if (
    signerInfo.digestAlgorithm.algorithmId !== OID.sha256 ||
    !RSA_SIGNATURE_ALGORITHMS.has(signerInfo.signatureAlgorithm.algorithmId)
  ) {
    return {
      isValid: false,
      failure: 'malformed',
      message: 'The signature is not RSA PKCS#1 v1.5 with SHA-256.',
    };
  }
  const valueOf = (type: string): unknown =>
    signedAttributes.attributes.find((attribute) => attribute.type === type)?.values[0];
  const contentType = valueOf(OID.contentType);
  const messageDigest = valueOf(OID.messageDigest);
  const signingTime = valueOf(OID.signingTime);
  if (
    !(contentType instanceof ObjectIdentifier) ||
    contentType.valueBlock.toString() !== expected.contentType ||
    signedData.encapContentInfo.eContentType !== expected.contentType ||
    !(messageDigest instanceof OctetString)
  ) {
    return {
      isValid: false,
      failure: 'malformed',
      message: 'The signed attributes are not as RFC 5652 wants.',
    };
  }
  const isSigned = await getCrypto(true)
    .verifyWithPublicKey(
      signedAttributes.encodedValue,
      signerInfo.signature,
      parsed.signerPublicKeyInfo,
      signerInfo.signatureAlgorithm,
      'SHA-256',
    )
    .catch(() => false);
  if (!isSigned) {
    return { isValid: false, failure: 'bad_signature', message: 'The signature does not verify.' };
  }
  if (!bytesEqual(messageDigest.valueBlock.valueHexView, expected.digest)) {
    return {
      isValid: false,
      failure: 'digest_mismatch',
      message: 'The signature is over other content.',
    };
  }
  return {
    isValid: true,
    signingTime:
      signingTime instanceof UTCTime || signingTime instanceof GeneralizedTime
        ? signingTime.toDate()
        : null,
  };
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  return a.byteLength === b.byteLength && a.every((byte, index) => byte === b[index]);
}
