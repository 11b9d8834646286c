// @peculiar/x509 resolves its services through tsyringe, which needs the Reflect metadata API.
import 'reflect-metadata';

import { createHash } from 'node:crypto';

import {
  addSignatureTimestamp,
  encodeSignedData,
  OID,
  signingCertificateV2Attribute,
  type CertifiedKey,
  type Stamper,
} from '@madoguchi/server-trust';
import { plainAddPlaceholder } from '@signpdf/placeholder-plain';
import { SignPdf } from '@signpdf/signpdf';
import { Signer, SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils';
import type { X509Certificate } from '@peculiar/x509';
import { ObjectIdentifier, OctetString } from 'asn1js';
import {
  Attribute,
  Certificate,
  EncapsulatedContentInfo,
  IssuerAndSerialNumber,
  SignedAndUnsignedAttributes,
  SignedData,
  SignerInfo,
} from 'pkijs';

/**
 * Room for the CMS in /Contents: the signature, the seal certificate, the TSA's token with its
 * certificate (about 4.5 KB together); 16 KB leaves room for a longer production chain.
 */
const SIGNATURE_LENGTH = 16_384;

export type PadesSealParams = {
  readonly pdf: Buffer;
  readonly seal: CertifiedKey;
  readonly chain?: readonly X509Certificate[];
  readonly stamp: Stamper;
  /** The office that seals, for the signature dictionary's /Name (e.g. 千代田区長). */
  readonly name: string;
  readonly location: string;
  readonly reason: string;
  readonly signingTime: Date;
};

/**
 * A PAdES baseline B-T signature (ETSI EN 319 142-1) over a finished PDF: /SubFilter
 * /ETSI.CAdES.detached; signed attributes contentType, messageDigest (of the /ByteRange) and
 * ESS signing-certificate-v2 — no signing-time attribute, which §5.3 forbids for PAdES (the claimed
 * time is the dictionary's /M); and the signature timestamp as an unsigned attribute (the "-T").
 * @signpdf adds the placeholder and fills it; the CMS is composed here with pkijs.
 */
export async function sealPdf(params: PadesSealParams): Promise<Buffer> {
  const withPlaceholder = plainAddPlaceholder({
    pdfBuffer: params.pdf,
    reason: params.reason,
    contactInfo: '',
    name: params.name,
    location: params.location,
    signingTime: params.signingTime,
    signatureLength: SIGNATURE_LENGTH,
    subFilter: SUBFILTER_ETSI_CADES_DETACHED,
    appName: 'Madoguchi',
  });
  return new SignPdf().sign(withPlaceholder, new PadesSigner(params), params.signingTime);
}

class PadesSigner extends Signer {
  constructor(private readonly params: PadesSealParams) {
    super();
  }

  override async sign(signedBytes: Buffer): Promise<Buffer> {
    const digest = createHash('sha256').update(signedBytes).digest();
    const signature = await signPadesDigest(new Uint8Array(digest), this.params);
    return Buffer.from(await addSignatureTimestamp(signature, this.params.stamp));
  }
}

async function signPadesDigest(
  digest: Uint8Array,
  params: Pick<PadesSealParams, 'seal' | 'chain'>,
): Promise<Uint8Array> {
  const signerCertificate = Certificate.fromBER(params.seal.certificate.rawData);
  const certificateSha256 = createHash('sha256')
    .update(new Uint8Array(params.seal.certificate.rawData))
    .digest();
  const signedData = new SignedData({
    version: 1,
    encapContentInfo: new EncapsulatedContentInfo({ eContentType: OID.data }),
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
            new Attribute({
              type: OID.contentType,
              values: [new ObjectIdentifier({ value: OID.data })],
            }),
            new Attribute({
              type: OID.messageDigest,
              values: [new OctetString({ valueHex: digest.slice().buffer })],
            }),
            signingCertificateV2Attribute(new Uint8Array(certificateSha256)),
          ],
        }),
      }),
    ],
    certificates: [
      signerCertificate,
      ...(params.chain ?? []).map((certificate) => Certificate.fromBER(certificate.rawData)),
    ],
  });
  await signedData.sign(params.seal.privateKey, 0, 'SHA-256');
  return encodeSignedData(signedData);
}
