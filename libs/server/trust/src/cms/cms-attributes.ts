import { OctetString, ObjectIdentifier, Sequence, UTCTime, GeneralizedTime } from 'asn1js';
import { Attribute } from 'pkijs';

import { OID } from '../oids.js';

/** The signed attributes RFC 5652 §11 requires (contentType, messageDigest) plus signingTime. */
export function signedAttributes(params: {
  readonly contentType: string;
  readonly digest: Uint8Array;
  readonly signingTime: Date;
}): Attribute[] {
  return [
    new Attribute({
      type: OID.contentType,
      values: [new ObjectIdentifier({ value: params.contentType })],
    }),
    new Attribute({ type: OID.signingTime, values: [signingTimeValue(params.signingTime)] }),
    new Attribute({
      type: OID.messageDigest,
      values: [new OctetString({ valueHex: toArrayBuffer(params.digest) })],
    }),
  ];
}

/**
 * ESS signing-certificate-v2 (RFC 5035, profiled for time-stamps by RFC 5816) with one
 * ESSCertIDv2 whose hashAlgorithm is the default SHA-256, so it is omitted. RFC 3161 §2.4.2
 * makes this attribute mandatory in a TimeStampToken; `openssl ts -verify` checks it. No library
 * at hand models ESS, so the two SEQUENCEs are composed from asn1js types.
 */
export function signingCertificateV2Attribute(certificateSha256: Uint8Array): Attribute {
  const essCertIdV2 = new Sequence({
    value: [new OctetString({ valueHex: toArrayBuffer(certificateSha256) })],
  });
  const signingCertificateV2 = new Sequence({ value: [new Sequence({ value: [essCertIdV2] })] });
  return new Attribute({ type: OID.signingCertificateV2, values: [signingCertificateV2] });
}

// RFC 5652 §11.3: UTCTime for dates from 1950 to 2049, GeneralizedTime otherwise.
function signingTimeValue(date: Date): UTCTime | GeneralizedTime {
  const year = date.getUTCFullYear();
  return year >= 1950 && year < 2050
    ? new UTCTime({ valueDate: date })
    : new GeneralizedTime({ valueDate: date });
}

export function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
