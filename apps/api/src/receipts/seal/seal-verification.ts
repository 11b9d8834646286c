// @peculiar/x509 resolves its services through tsyringe, which needs the Reflect metadata API.
import 'reflect-metadata';

import { createHash } from 'node:crypto';

import { OID, verifyDetachedSignature, type SignatureVerification } from '@madoguchi/server-trust';
import type { X509Certificate } from '@peculiar/x509';
import { fromBER } from 'asn1js';
import { ContentInfo, SignedData } from 'pkijs';

import type { SealTrust } from './seal-trust.js';

/**
 * The verdict on a sealed document, closed:
 * - `valid`: sealed by a seal certificate of the configured CA, unchanged since, time-stamped;
 * - `modified`: a seal is there but the bytes are not the ones sealed (or more were added after);
 * - `unknown_sealer`: a valid signature by a certificate that does not chain to the seal CA;
 * - `not_sealed`: no seal found (or not one we can read);
 * - `invalid`: the seal's certificate was revoked, expired or its timestamp does not verify.
 */
export const SEAL_VERDICTS = [
  'valid',
  'modified',
  'unknown_sealer',
  'not_sealed',
  'invalid',
] as const;
export type SealVerdict = (typeof SEAL_VERDICTS)[number];

export type Sealer = {
  /** The municipality as the certificate names it (O), e.g. 千代田区. */
  readonly municipality: string;
  /** The office that sealed (CN), e.g. 千代田区長. */
  readonly office: string;
};

export type SealCheck = {
  readonly verdict: SealVerdict;
  readonly sealer: Sealer | null;
  /** The TSA's genTime of the seal's signature timestamp; null without a verified one. */
  readonly sealedAt: Date | null;
};

export function sealerOf(certificate: X509Certificate): Sealer {
  const field = (name: string) => certificate.subjectName.getField(name)[0] ?? '';
  return { municipality: field('O'), office: field('CN') };
}

function toCheck(verification: SignatureVerification): SealCheck {
  if (verification.isValid) {
    return {
      verdict: 'valid',
      sealer: sealerOf(verification.signer.certificate),
      sealedAt:
        verification.signingTimeSource === 'signature_timestamp' ? verification.signingTime : null,
    };
  }
  switch (verification.failure) {
    case 'digest_mismatch':
    case 'bad_signature':
      return { verdict: 'modified', sealer: null, sealedAt: null };
    case 'unknown_ca':
      return { verdict: 'unknown_sealer', sealer: null, sealedAt: null };
    case 'malformed':
      return { verdict: 'not_sealed', sealer: null, sealedAt: null };
    case 'expired':
    case 'not_yet_valid':
    case 'revoked':
    case 'revocation_unknown':
    case 'bad_timestamp':
      return { verdict: 'invalid', sealer: null, sealedAt: null };
    default:
      return assertNever(verification.failure);
  }
}

function assertNever(value: never): never {
  throw new TypeError(`Unexpected signature failure ${String(value)}`);
}

async function verify(
  signature: Uint8Array,
  content: Uint8Array,
  trust: SealTrust,
): Promise<SealCheck> {
  const verification = await verifyDetachedSignature({
    signature,
    digest: new Uint8Array(createHash('sha256').update(content).digest()),
    trustAnchors: [...trust.trustAnchors],
    crls: [...trust.crls],
    timestampTrustAnchors: [...trust.timestampTrustAnchors],
  });
  const check = toCheck(verification);
  // A B-T / CAdES-T seal carries its timestamp; without a verified one it proves no time.
  return check.verdict === 'valid' && check.sealedAt === null
    ? { verdict: 'invalid', sealer: null, sealedAt: null }
    : check;
}

/** The detached CMS seal over the receipt JSON's exact bytes. */
export function verifyDetachedSeal(
  content: Uint8Array,
  seal: Uint8Array,
  trust: SealTrust,
): Promise<SealCheck> {
  return verify(seal, content, trust);
}

/** The signature of a PDF: its /ByteRange (four integers) and the DER in /Contents. */
export type PdfSignature = {
  readonly byteRange: readonly [number, number, number, number];
  readonly signature: Uint8Array;
  readonly signedBytes: Buffer;
};

const BYTE_RANGE = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/gu;

/**
 * Finds the last signature of a PDF by its /ByteRange, as readers do: the signed bytes are the
 * two ranges, and the gap between them is `/Contents <hex>`. Null when there is none.
 */
export function extractPdfSignature(pdf: Buffer): PdfSignature | null {
  const text = pdf.toString('latin1');
  const matches = [...text.matchAll(BYTE_RANGE)];
  const last = matches.at(-1);
  if (!last) {
    return null;
  }
  const [a, b, c, d] = [last[1], last[2], last[3], last[4]].map(Number) as [
    number,
    number,
    number,
    number,
  ];
  if (a !== 0 || b <= 0 || c <= b || d < 0 || c + d > pdf.length) {
    return null;
  }
  const gap = text.slice(b, c);
  const hex = /^<([0-9A-Fa-f]*)>$/u.exec(gap)?.[1];
  if (hex === undefined) {
    return null;
  }
  const der = Buffer.from(hex, 'hex');
  return {
    byteRange: [a, b, c, d],
    signature: new Uint8Array(trimDer(der)),
    signedBytes: Buffer.concat([pdf.subarray(a, a + b), pdf.subarray(c, c + d)]),
  };
}

// The placeholder is zero-padded after the DER; asn1js says where the DER ends.
function trimDer(der: Buffer): Buffer {
  const parsed = fromBER(new Uint8Array(der));
  return parsed.offset === -1 ? der : der.subarray(0, parsed.offset);
}

/** The PAdES seal of a PDF; bytes added after the signed ranges count as a change. */
export async function verifyPdfSeal(pdf: Buffer, trust: SealTrust): Promise<SealCheck> {
  const signature = extractPdfSignature(pdf);
  if (!signature) {
    return { verdict: 'not_sealed', sealer: null, sealedAt: null };
  }
  const [, , c, d] = signature.byteRange;
  if (c + d !== pdf.length) {
    return { verdict: 'modified', sealer: null, sealedAt: null };
  }
  return verify(signature.signature, signature.signedBytes, trust);
}

/**
 * The signature timestamp of a CMS seal (id-aa-signatureTimeStampToken) and the signature value
 * it stamps, so an independent tool (`openssl ts -verify -data`) can check it on its own.
 */
export function signatureTimestampOf(
  cmsDer: Uint8Array,
): { token: Uint8Array; signatureValue: Uint8Array } | null {
  try {
    const contentInfo = ContentInfo.fromBER(cmsDer);
    const signedData = new SignedData({ schema: contentInfo.content });
    const signerInfo = signedData.signerInfos[0];
    const attribute = signerInfo?.unsignedAttrs?.attributes.find(
      (candidate) => candidate.type === OID.signatureTimeStampToken,
    );
    const value = attribute?.values[0] as { toBER(): ArrayBuffer } | undefined;
    if (!signerInfo || !value) {
      return null;
    }
    return {
      token: new Uint8Array(value.toBER()),
      signatureValue: new Uint8Array(signerInfo.signature.valueBlock.valueHexView),
    };
  } catch {
    return null;
  }
}
