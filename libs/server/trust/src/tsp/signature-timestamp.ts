import { createHash } from 'node:crypto';

import { fromBER } from 'asn1js';
import { Attribute, ContentInfo, SignedAndUnsignedAttributes } from 'pkijs';

import { encodeSignedData } from '../cms/sign-digest.js';
import { parseSignedData } from '../cms/signer-info-check.js';
import { OID } from '../oids.js';

/** Gets a TimeStampToken (DER) for a SHA-256 digest: `requestTimestamp` bound to a URL, or a TSA in-process. */
export type Stamper = (digest: Uint8Array) => Promise<Uint8Array>;

/**
 * Adds a signature timestamp to a CMS SignedData's one SignerInfo: the TSA stamps the SHA-256
 * of the signature value, and the token goes into the unsigned attribute
 * id-aa-signatureTimeStampToken (RFC 3161 Appendix A). This is the "-T" of CAdES-T and of PAdES
 * B-T; it proves the signature existed at the TSA's time, which later verification uses as the
 * signing time. The signed attributes are untouched, so the signature still verifies.
 */
export async function addSignatureTimestamp(
  signedDataDer: Uint8Array,
  stamp: Stamper,
): Promise<Uint8Array> {
  const parsed = parseSignedData(signedDataDer);
  if (!parsed) {
    throw new TypeError('The signature is not a CMS SignedData with one signer.');
  }
  const signatureValue = parsed.signerInfo.signature.valueBlock.valueHexView;
  const token = await stamp(new Uint8Array(createHash('sha256').update(signatureValue).digest()));
  const tokenAsn1 = fromBER(token);
  if (tokenAsn1.offset === -1) {
    throw new TypeError('The TSA returned no DER token.');
  }
  // Validates that the token is a ContentInfo before embedding it.
  new ContentInfo({ schema: tokenAsn1.result });
  const attribute = new Attribute({
    type: OID.signatureTimeStampToken,
    values: [tokenAsn1.result],
  });
  const existing = parsed.signerInfo.unsignedAttrs?.attributes ?? [];
  parsed.signerInfo.unsignedAttrs = new SignedAndUnsignedAttributes({
    type: 1,
    attributes: [...existing, attribute],
  });
  return encodeSignedData(parsed.signedData);
}
