// @peculiar/x509 resolves its services through tsyringe, which needs the Reflect metadata API.
import 'reflect-metadata';

import {
  CertificatePolicyExtension,
  CRLDistributionPointsExtension,
  ExtendedKeyUsageExtension,
  KeyUsageFlags,
  KeyUsagesExtension,
  type X509Crl,
} from '@peculiar/x509';

import { basicFourExtension, type BasicFourInfo } from './basic-four.js';
import {
  createRootAuthority,
  issueEndEntity,
  type CertifiedKey,
  type Validity,
} from './certificate-authority.js';
import { issueCrl, type RevocationEntry } from './crl.js';
import { OID } from './oids.js';

export type DemoCardState = 'valid' | 'revoked' | 'expired';

export type DemoResident = {
  readonly residentId: string;
  readonly basicFour: BasicFourInfo;
  /** The cards to issue; default one valid card. Revoked and expired ones are for tests. */
  readonly cards?: readonly DemoCardState[];
};

export type DemoMunicipality = { readonly code: string; readonly nameJa: string };

export type DemoCard = CertifiedKey & {
  /** `residentId` for the valid card, `residentId.revoked` / `residentId.expired` otherwise. */
  readonly cardId: string;
  readonly residentId: string;
  readonly state: DemoCardState;
};

export type DemoSeal = CertifiedKey & { readonly municipalityCode: string };

export type DemoPki = {
  /** Demo JPKI 署名用認証局, its cards and its CRL. */
  readonly jpki: {
    readonly ca: CertifiedKey;
    readonly cards: readonly DemoCard[];
    readonly revoked: readonly RevocationEntry[];
    readonly crl: X509Crl;
    readonly crlNumber: number;
  };
  /** Demo municipal CA (LGPKI 組織認証局 / eシール provider role) and one seal per municipality. */
  readonly municipal: {
    readonly ca: CertifiedKey;
    readonly seals: readonly DemoSeal[];
    /** Empty: no seal is revoked in the demo, but a verifier still needs the CA's word on it. */
    readonly crl: X509Crl;
  };
  /** Demo TSA: its CA and the time-stamping unit's certificate. */
  readonly tsa: { readonly ca: CertifiedKey; readonly unit: CertifiedKey };
};

export type DemoPkiOptions = {
  readonly residents: readonly DemoResident[];
  readonly municipalities: readonly DemoMunicipality[];
  /** The moment the PKI is created; validity periods count from it. */
  readonly now?: Date;
  /** Where the CRL will be published, written in each card's cRLDistributionPoints. */
  readonly crlUrl?: string;
};

const DAY_MS = 86_400_000;
// A root outlives the certificates it issues; a card's 署名用電子証明書 is valid for 5 years
// (the 5th birthday after issue in JPKI; the demo uses a flat 5 years).
const ROOT_YEARS = 20;
const CARD_YEARS = 5;
const SEAL_YEARS = 5;
const CRL_DAYS = 365;

export const DEMO_JPKI_CA_NAME = 'Demo JPKI 署名用認証局';

/**
 * A complete demo PKI, built the same way each time (new keys, same names and profiles):
 * the JPKI-style card CA with one card per resident (plus revoked / expired ones on request)
 * and a CRL listing the revoked ones, the municipal seal CA with one seal per municipality, and
 * the TSA. Every key is RSA-2048 and every signature RSA PKCS#1 v1.5 with SHA-256.
 */
export async function createDemoPki(options: DemoPkiOptions): Promise<DemoPki> {
  const now = options.now ?? new Date();
  const rootValidity = yearsFrom(addDays(now, -1), ROOT_YEARS);

  const jpkiCa = await createRootAuthority(
    [
      { C: ['JP'] },
      { O: ['Madoguchi Demo JPKI'] },
      { OU: ['JPKI for digital signature (demo)'] },
      { CN: [DEMO_JPKI_CA_NAME] },
    ],
    rootValidity,
  );
  const cards: DemoCard[] = [];
  for (const resident of options.residents) {
    for (const state of resident.cards ?? ['valid']) {
      cards.push(await issueDemoCard(jpkiCa, resident, state, now, options.crlUrl));
    }
  }
  const revoked = cards
    .filter((card) => card.state === 'revoked')
    .map((card) => ({ serialNumber: card.certificate.serialNumber, revokedAt: addDays(now, -1) }));
  const crl = await issueCrl(jpkiCa, {
    revoked,
    thisUpdate: addDays(now, -1),
    nextUpdate: addDays(now, CRL_DAYS),
    crlNumber: 1,
  });

  const municipalCa = await createRootAuthority(
    [{ C: ['JP'] }, { O: ['Madoguchi Demo LGPKI'] }, { CN: ['Demo 組織認証局 (公印・eシール)'] }],
    rootValidity,
  );
  const seals: DemoSeal[] = [];
  for (const municipality of options.municipalities) {
    const seal = await issueEndEntity(municipalCa, {
      subject: [
        { C: ['JP'] },
        { O: [municipality.nameJa] },
        { OU: [`municipality ${municipality.code}`] },
        // The 職責 (office) that seals, as an LGPKI 職責証明書 names it: e.g. 千代田区長.
        { CN: [`${municipality.nameJa}長`] },
      ],
      validity: yearsFrom(addDays(now, -1), SEAL_YEARS),
      extensions: [
        new KeyUsagesExtension(KeyUsageFlags.digitalSignature | KeyUsageFlags.nonRepudiation, true),
        new CertificatePolicyExtension([OID.demoSealPolicy]),
      ],
    });
    seals.push({ ...seal, municipalityCode: municipality.code });
  }

  const municipalCrl = await issueCrl(municipalCa, {
    revoked: [],
    thisUpdate: addDays(now, -1),
    nextUpdate: addDays(now, CRL_DAYS),
    crlNumber: 1,
  });

  const tsaCa = await createRootAuthority(
    [{ C: ['JP'] }, { O: ['Madoguchi Demo TSA'] }, { CN: ['Demo 時刻認証局'] }],
    rootValidity,
  );
  const tsaUnit = await issueEndEntity(tsaCa, {
    subject: [{ C: ['JP'] }, { O: ['Madoguchi Demo TSA'] }, { CN: ['Demo TSA unit 1'] }],
    validity: yearsFrom(addDays(now, -1), SEAL_YEARS),
    extensions: [
      new KeyUsagesExtension(KeyUsageFlags.digitalSignature | KeyUsageFlags.nonRepudiation, true),
      // RFC 3161 §2.3: the TSA's certificate has exactly one extended key usage, timeStamping,
      // and it is critical.
      new ExtendedKeyUsageExtension([OID.timeStamping], true),
    ],
  });

  return {
    jpki: { ca: jpkiCa, cards, revoked, crl, crlNumber: 1 },
    municipal: { ca: municipalCa, seals, crl: municipalCrl },
    tsa: { ca: tsaCa, unit: tsaUnit },
  };
}

async function issueDemoCard(
  ca: CertifiedKey,
  resident: DemoResident,
  state: DemoCardState,
  now: Date,
  crlUrl: string | undefined,
): Promise<DemoCard> {
  const validity: Validity =
    state === 'expired'
      ? { notBefore: addDays(now, -CARD_YEARS * 365 - 30), notAfter: addDays(now, -30) }
      : yearsFrom(addDays(now, -2), CARD_YEARS);
  const cardId = state === 'valid' ? resident.residentId : `${resident.residentId}.${state}`;
  const card = await issueEndEntity(ca, {
    // A real card's subject CN is an opaque identifier, not the holder's name: the name is only
    // in the subjectAltName, which the 署名検証者 reads.
    subject: [{ C: ['JP'] }, { L: ['Demo'] }, { CN: [`DEMO-CARD ${cardId}`] }],
    validity,
    extensions: [
      // As on a real 署名用電子証明書: digitalSignature and nonRepudiation, critical.
      new KeyUsagesExtension(KeyUsageFlags.digitalSignature | KeyUsageFlags.nonRepudiation, true),
      new CertificatePolicyExtension([OID.demoCardSigningPolicy]),
      basicFourExtension(resident.basicFour),
      ...(crlUrl ? [new CRLDistributionPointsExtension([crlUrl])] : []),
    ],
  });
  return { ...card, cardId, residentId: resident.residentId, state };
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

function yearsFrom(start: Date, years: number): Validity {
  const notAfter = new Date(start);
  notAfter.setUTCFullYear(notAfter.getUTCFullYear() + years);
  return { notBefore: start, notAfter };
}

/** The PKI with one more card revoked at `revokedAt` and a new CRL (next CRL number). */
export async function revokeDemoCard(
  pki: DemoPki,
  cardId: string,
  revokedAt: Date = new Date(),
): Promise<DemoPki> {
  const card = pki.jpki.cards.find((candidate) => candidate.cardId === cardId);
  if (!card) {
    throw new Error(`No demo card ${cardId}.`);
  }
  const revoked = [
    ...pki.jpki.revoked.filter((entry) => entry.serialNumber !== card.certificate.serialNumber),
    { serialNumber: card.certificate.serialNumber, revokedAt },
  ];
  const crlNumber = pki.jpki.crlNumber + 1;
  const crl = await issueCrl(pki.jpki.ca, {
    revoked,
    thisUpdate: revokedAt,
    nextUpdate: addDays(revokedAt, CRL_DAYS),
    crlNumber,
  });
  return { ...pki, jpki: { ...pki.jpki, revoked, crl, crlNumber } };
}
