// @peculiar/x509 resolves its services through tsyringe, which needs the Reflect metadata API.
import 'reflect-metadata';

import { createHash } from 'node:crypto';

import type { X509Certificate, X509Crl } from '@peculiar/x509';
import { ContentInfo, SignedData, TSTInfo } from 'pkijs';

import { checkCertificatePath } from '../cms/certificate-path.js';
import { bytesEqual, checkSignerInfo, signedDataParts } from '../cms/signer-info-check.js';
import { OID } from '../oids.js';

export type TimestampTokenCheck =
  | {
      readonly isValid: true;
      readonly genTime: Date;
      /** Hex serial number of the TSTInfo. */
      readonly serialNumber: string;
      readonly tsaCertificate: X509Certificate;
      readonly nonce: Uint8Array | null;
    }
  | { readonly isValid: false; readonly message: string };

/**
 * An RFC 3161 TimeStampToken (a ContentInfo with SignedData over a TSTInfo): its messageImprint
 * is SHA-256 of `imprintOf`, the TSA's signature holds, and when `trustAnchors` are given the
 * TSA certificate chains to one of them (validity at genTime; revocation not checked: the demo
 * TSA publishes no CRL).
 */
export async function checkTimestampToken(params: {
  readonly token: ContentInfo;
  readonly imprint: Uint8Array;
  readonly trustAnchors?: readonly X509Certificate[];
  readonly crls?: readonly X509Crl[];
}): Promise<TimestampTokenCheck> {
  try {
    if (params.token.contentType !== ContentInfo.SIGNED_DATA) {
      return { isValid: false, message: 'The token is no SignedData.' };
    }
    const parsed = signedDataParts(new SignedData({ schema: params.token.content }));
    const eContent = parsed?.signedData.encapContentInfo.eContent;
    if (!parsed || !eContent) {
      return { isValid: false, message: 'The token carries no TSTInfo or no TSA certificate.' };
    }
    const tstInfoDer = new Uint8Array(eContent.getValue());
    const signerCheck = await checkSignerInfo(parsed, {
      contentType: OID.tstInfo,
      digest: new Uint8Array(createHash('sha256').update(tstInfoDer).digest()),
    });
    if (!signerCheck.isValid) {
      return { isValid: false, message: signerCheck.message };
    }
    const tstInfo = TSTInfo.fromBER(tstInfoDer);
    if (
      tstInfo.messageImprint.hashAlgorithm.algorithmId !== OID.sha256 ||
      !bytesEqual(tstInfo.messageImprint.hashedMessage.valueBlock.valueHexView, params.imprint)
    ) {
      return { isValid: false, message: 'The token stamps other data.' };
    }
    if (params.trustAnchors) {
      const path = await checkCertificatePath({
        leaf: parsed.signerCertificate,
        intermediates: parsed.certificates,
        trustAnchors: params.trustAnchors,
        crls: params.crls ?? [],
        at: tstInfo.genTime,
      });
      if (!path.isValid && path.failure !== 'revocation_unknown') {
        return { isValid: false, message: path.message };
      }
    }
    return {
      isValid: true,
      genTime: tstInfo.genTime,
      serialNumber: Buffer.from(tstInfo.serialNumber.valueBlock.valueHexView).toString('hex'),
      tsaCertificate: parsed.signerCertificate,
      nonce: tstInfo.nonce ? new Uint8Array(tstInfo.nonce.valueBlock.valueHexView) : null,
    };
  } catch {
    return { isValid: false, message: 'The token is malformed.' };
  }
}
