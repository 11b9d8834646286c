/**
 * Object identifiers the trust core writes or reads. JPKI's come from J-LIS's 公的個人認証サービス
 * profile as real 署名用電子証明書 carry them (`openssl x509 -ext subjectAltName` on a card's
 * certificate shows them as otherName entries); the demo policy OIDs are UUID OIDs (2.25, ITU-T
 * X.667) so they can never collide with a real policy.
 */
export const OID = {
  // JPKI 署名用電子証明書: 基本4情報 as subjectAltName otherName entries, UTF8String values.
  jpkiCommonName: '1.2.392.200149.8.5.5.1',
  jpkiCommonNameSubstitutePositions: '1.2.392.200149.8.5.5.2',
  jpkiGender: '1.2.392.200149.8.5.5.3',
  jpkiDateOfBirth: '1.2.392.200149.8.5.5.4',
  jpkiAddress: '1.2.392.200149.8.5.5.5',
  jpkiAddressSubstitutePositions: '1.2.392.200149.8.5.5.6',

  // Demo certificate policies (not JPKI's 1.2.392.200149.8.5.1.*: a demo card is no real card).
  demoCardSigningPolicy: '2.25.160384213373519418347905120658934520001',
  demoSealPolicy: '2.25.160384213373519418347905120658934520002',
  demoTimestampPolicy: '2.25.160384213373519418347905120658934520003',

  // CMS (RFC 5652) and its attributes.
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  // RFC 5035 / RFC 5816: ESS signing-certificate-v2, which RFC 3161 requires in a TimeStampToken.
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  // RFC 3161 Appendix A: the signature timestamp of CAdES-T and PAdES B-T.
  signatureTimeStampToken: '1.2.840.113549.1.9.16.2.14',
  tstInfo: '1.2.840.113549.1.9.16.1.4',

  sha256: '2.16.840.1.101.3.4.2.1',
  rsaEncryption: '1.2.840.113549.1.1.1',
  sha256WithRsaEncryption: '1.2.840.113549.1.1.11',
  timeStamping: '1.3.6.1.5.5.7.3.8',
} as const;
