// @peculiar/x509 resolves its services through tsyringe, which needs the Reflect metadata API.
import 'reflect-metadata';

import { createHash, randomBytes } from 'node:crypto';

import type { X509Certificate } from '@peculiar/x509';
import { BitString, Integer, OctetString, Utf8String } from 'asn1js';
import {
  Accuracy,
  ContentInfo,
  EncapsulatedContentInfo,
  PKIStatus,
  PKIStatusInfo,
  TimeStampReq,
  TimeStampResp,
  TSTInfo,
} from 'pkijs';

import type { CertifiedKey } from '../certificate-authority.js';
import { signingCertificateV2Attribute, toArrayBuffer } from '../cms/cms-attributes.js';
import { createSignedData } from '../cms/sign-digest.js';
import { OID } from '../oids.js';

/** RFC 3161 §2.4.2 PKIFailureInfo bits the demo TSA can answer with. */
const FAILURE_INFO = {
  badAlg: 0,
  badRequest: 2,
  badDataFormat: 5,
  unacceptedPolicy: 15,
  unacceptedExtension: 16,
} as const;

export type TimestampAuthority = {
  readonly policy: string;
  /** A DER TimeStampReq in, a DER TimeStampResp out; a bad request gets a `rejection`, never a throw. */
  timestamp(requestDer: Uint8Array): Promise<Uint8Array>;
};

export type TimestampAuthorityOptions = {
  readonly unit: CertifiedKey;
  /** Certificates to add after the unit's own when the request asks for them (certReq). */
  readonly chain?: readonly X509Certificate[];
  readonly policy?: string;
  readonly clock?: () => Date;
};

/**
 * An RFC 3161 time-stamping authority over SHA-256 imprints: TSTInfo v1 with the TSA policy,
 * a fresh 128-bit serial number (unique without a counter to keep), genTime from `clock`,
 * accuracy ±1 s, the request's nonce echoed, and the unit's certificate included when the
 * request sets certReq (§2.4.1 forbids it otherwise). The token's signed attributes carry ESS
 * signing-certificate-v2 (RFC 5816).
 */
export function createTimestampAuthority(options: TimestampAuthorityOptions): TimestampAuthority {
  const policy = options.policy ?? OID.demoTimestampPolicy;
  const clock = options.clock ?? (() => new Date());
  const unitCertificateHash = new Uint8Array(
    createHash('sha256').update(new Uint8Array(options.unit.certificate.rawData)).digest(),
  );

  return {
    policy,
    async timestamp(requestDer) {
      let request: TimeStampReq;
      try {
        request = TimeStampReq.fromBER(requestDer);
      } catch {
        return rejection(FAILURE_INFO.badDataFormat, 'The request is not a DER TimeStampReq.');
      }
      const imprint = request.messageImprint;
      if (request.version !== 1) {
        return rejection(FAILURE_INFO.badRequest, 'Only version 1 requests are served.');
      }
      if (
        imprint.hashAlgorithm.algorithmId !== OID.sha256 ||
        imprint.hashedMessage.valueBlock.valueHexView.byteLength !== 32
      ) {
        return rejection(FAILURE_INFO.badAlg, 'Only SHA-256 imprints are served.');
      }
      if (request.reqPolicy !== undefined && request.reqPolicy !== policy) {
        return rejection(FAILURE_INFO.unacceptedPolicy, 'This TSA serves one policy.');
      }
      if (request.extensions && request.extensions.length > 0) {
        return rejection(FAILURE_INFO.unacceptedExtension, 'No request extension is supported.');
      }
      const genTime = clock();
      const tstInfo = new TSTInfo({
        version: 1,
        policy,
        messageImprint: imprint,
        serialNumber: new Integer({ valueHex: toArrayBuffer(positiveSerial()) }),
        genTime,
        accuracy: new Accuracy({ seconds: 1 }),
        ...(request.nonce ? { nonce: request.nonce } : {}),
      });
      const tstInfoDer = new Uint8Array(tstInfo.toSchema().toBER(false));
      const signedData = await createSignedData({
        contentType: OID.tstInfo,
        digest: new Uint8Array(createHash('sha256').update(tstInfoDer).digest()),
        signer: options.unit,
        chain: request.certReq ? (options.chain ?? []) : [],
        isSignerCertificateIncluded: request.certReq === true,
        signingTime: genTime,
        encapsulatedContent: new EncapsulatedContentInfo({
          eContentType: OID.tstInfo,
          eContent: new OctetString({ valueHex: toArrayBuffer(tstInfoDer) }),
        }),
        extraSignedAttributes: [signingCertificateV2Attribute(unitCertificateHash)],
      });
      const response = new TimeStampResp({
        status: new PKIStatusInfo({ status: PKIStatus.granted }),
        timeStampToken: new ContentInfo({
          contentType: ContentInfo.SIGNED_DATA,
          content: signedData.toSchema(true),
        }),
      });
      return new Uint8Array(response.toSchema().toBER(false));
    },
  };
}

function rejection(failureBit: number, text: string): Uint8Array {
  const response = new TimeStampResp({
    status: new PKIStatusInfo({
      status: PKIStatus.rejection,
      statusStrings: [new Utf8String({ value: text })],
      failInfo: failureInfoBits(failureBit),
    }),
  });
  return new Uint8Array(response.toSchema().toBER(false));
}

// PKIFailureInfo is a named BIT STRING: bit n is the (n mod 8)-th most significant bit of
// octet n div 8, and the unused trailing bits are counted (X.690 §8.6).
function failureInfoBits(bit: number): BitString {
  const octets = new Uint8Array(Math.floor(bit / 8) + 1);
  octets[octets.length - 1] = 0x80 >> (bit % 8);
  return new BitString({ valueHex: toArrayBuffer(octets), unusedBits: 7 - (bit % 8) });
}

function positiveSerial(): Uint8Array {
  const bytes = new Uint8Array(randomBytes(16));
  // Positive and minimal in DER (see randomSerialNumber in certificate-authority.ts).
  bytes[0] = ((bytes[0] ?? 0) & 0x7f) | 0x40;
  return bytes;
}
