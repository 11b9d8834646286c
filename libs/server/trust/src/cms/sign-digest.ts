// @peculiar/x509 resolves its services through tsyringe, which needs the Reflect metadata API.
import 'reflect-metadata';

import type { X509Certificate } from '@peculiar/x509';
import {
  Certificate,
  ContentInfo,
  EncapsulatedContentInfo,
  IssuerAndSerialNumber,
  SignedAndUnsignedAttributes,
  SignedData,
  SignerInfo,
} from 'pkijs';

import type { CertifiedKey } from '../certificate-authority.js';
import { OID } from '../oids.js';
import { signedAttributes } from './cms-attributes.js';

export type SignDigestParams = {
  /** SHA-256 of the content (32 bytes); the content itself never reaches the signer. */
  readonly digest: Uint8Array;
  readonly signer: CertifiedKey;
  /** Certificates to add beside the signer's (intermediate CAs); the root stays out. */
  readonly chain?: readonly X509Certificate[];
  readonly signingTime?: Date;
};

/**
 * A detached CMS SignedData (RFC 5652) over a SHA-256 digest: signed attributes contentType
 * (id-data), signingTime and messageDigest; the signer's certificate included; RSA PKCS#1 v1.5
 * with SHA-256. This is what the demo signing service (the デジタル認証アプリ's role) returns, and
 * what the municipal seal produces over a receipt. DER of the ContentInfo.
 */
export async function signDigestDetached(params: SignDigestParams): Promise<Uint8Array> {
  if (params.digest.byteLength !== 32) {
    throw new TypeError('A SHA-256 digest is 32 bytes.');
  }
  const signedData = await createSignedData({
    contentType: OID.data,
    digest: params.digest,
    signer: params.signer,
    chain: params.chain ?? [],
    signingTime: params.signingTime ?? new Date(),
  });
  return encodeSignedData(signedData);
}

/** The SignedData before encoding, so a caller can add an encapsulated content (the TSA does). */
export async function createSignedData(params: {
  readonly contentType: string;
  readonly digest: Uint8Array;
  readonly signer: CertifiedKey;
  readonly chain: readonly X509Certificate[];
  readonly signingTime: Date;
  readonly encapsulatedContent?: EncapsulatedContentInfo;
  readonly extraSignedAttributes?: SignedAndUnsignedAttributes['attributes'];
  readonly isSignerCertificateIncluded?: boolean;
}): Promise<SignedData> {
  const signerCertificate = Certificate.fromBER(params.signer.certificate.rawData);
  const certificates = [
    ...(params.isSignerCertificateIncluded === false ? [] : [signerCertificate]),
    ...params.chain.map((certificate) => Certificate.fromBER(certificate.rawData)),
  ];
  const signedData = new SignedData({
    version: 1,
    encapContentInfo:
      params.encapsulatedContent ??
      new EncapsulatedContentInfo({ eContentType: params.contentType }),
    signerInfos: [
      new SignerInfo({
        version: 1,
        sid: new IssuerAndSerialNumber({
          issuer: signerCertificate.issuer,
          serialNumber: signerCertificate.serialNumber,
        }),
        signedAttrs: new SignedAndUnsignedAttributes({
          type: 0,
          attributes: [
            ...signedAttributes({
              contentType: params.contentType,
              digest: params.digest,
              signingTime: params.signingTime,
            }),
            ...(params.extraSignedAttributes ?? []),
          ],
        }),
      }),
    ],
    ...(certificates.length > 0 ? { certificates } : {}),
  });
  await signedData.sign(params.signer.privateKey, 0, 'SHA-256');
  return signedData;
}

export function encodeSignedData(signedData: SignedData): Uint8Array {
  const contentInfo = new ContentInfo({
    contentType: ContentInfo.SIGNED_DATA,
    content: signedData.toSchema(true),
  });
  return new Uint8Array(contentInfo.toSchema().toBER(false));
}
