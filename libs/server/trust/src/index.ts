export type { BasicFourInfo, Gender } from './basic-four.js';
export { basicFourExtension, readBasicFour } from './basic-four.js';
export type { CertifiedKey, EndEntityProfile, Validity } from './certificate-authority.js';
export {
  createRootAuthority,
  issueEndEntity,
  randomSerialNumber,
} from './certificate-authority.js';
export type { CrlParams, RevocationEntry } from './crl.js';
export { crlToPem, issueCrl } from './crl.js';
export type {
  DemoCard,
  DemoCardState,
  DemoMunicipality,
  DemoPki,
  DemoPkiOptions,
  DemoResident,
  DemoSeal,
} from './demo-pki.js';
export { DEMO_JPKI_CA_NAME, createDemoPki, revokeDemoCard } from './demo-pki.js';
export { DEMO_PKI_FORMAT, hasDemoPki, readDemoPki, writeDemoPki } from './demo-pki-store.js';
export type { CryptoKey, CryptoKeyPair } from './keys.js';
export {
  RSA_SIGNING_ALGORITHM,
  exportPrivateKeyPem,
  generateSigningKeys,
  importPrivateKeyPem,
} from './keys.js';
export { createDerHttpHandler } from './der-http-handler.js';
export { OID } from './oids.js';
export type { OcspResponder } from './ocsp/ocsp-responder.js';
export { createOcspHttpHandler, createOcspResponder } from './ocsp/ocsp-responder.js';
export type { SealParams } from './seal.js';
export { sealDetached } from './seal.js';
export type { SignDigestParams } from './cms/sign-digest.js';
export { signDigestDetached } from './cms/sign-digest.js';
export type {
  SignatureFailureCode,
  SignatureVerification,
  SignerSummary,
  SigningTimeSource,
  VerifySignatureParams,
} from './cms/verify-signature.js';
export { SIGNATURE_FAILURE_CODES, verifyDetachedSignature } from './cms/verify-signature.js';
export type { TimestampAuthority, TimestampAuthorityOptions } from './tsp/timestamp-authority.js';
export { createTimestampAuthority } from './tsp/timestamp-authority.js';
export { createTimestampHttpHandler } from './tsp/timestamp-http-handler.js';
export type { RequestTimestampOptions, Timestamp } from './tsp/request-timestamp.js';
export {
  TimestampRequestError,
  checkTimestampReply,
  createTimestampRequest,
  requestTimestamp,
} from './tsp/request-timestamp.js';
export type { Stamper } from './tsp/signature-timestamp.js';
export { addSignatureTimestamp } from './tsp/signature-timestamp.js';
export type { TimestampTokenCheck } from './tsp/timestamp-token.js';
export { checkTimestampToken } from './tsp/timestamp-token.js';
// The parts of a CMS signature a PAdES signer composes itself (its signed attributes differ).
export { signingCertificateV2Attribute } from './cms/cms-attributes.js';
export { encodeSignedData } from './cms/sign-digest.js';
