// @peculiar/x509 resolves its services through tsyringe, which needs the Reflect metadata API.
import 'reflect-metadata';

import { AsnConvert } from '@peculiar/asn1-schema';
import {
  GeneralName,
  OtherName,
  SubjectAlternativeName,
  id_ce_subjectAltName,
} from '@peculiar/asn1-x509';
import { JAPANESE_ERAS } from '@madoguchi/shared-util-dates';
import { Extension, type X509Certificate } from '@peculiar/x509';
import { Utf8String, fromBER } from 'asn1js';

import { OID } from './oids.js';

/** 性別 as JPKI records it: 1 男, 2 女, 3 不明. */
export type Gender = 'male' | 'female' | 'unknown';

/** 基本4情報 (氏名・住所・生年月日・性別) as the 署名用電子証明書 carries them. */
export type BasicFourInfo = {
  /** 氏名: family and given name separated by a full-width space (U+3000), as on the card. */
  readonly name: string;
  /** 住所: from the prefecture on, without the postal code. */
  readonly address: string;
  /** 生年月日 as an ISO date `YYYY-MM-DD`. */
  readonly dateOfBirth: string;
  readonly gender: Gender;
};

const GENDER_CODES: Record<Gender, string> = { male: '1', female: '2', unknown: '3' };
// J-LIS 生年月日 "EYYYYMMDD": an era digit (1 明治 2 大正 3 昭和 4 平成 5 令和, 0 unknown), then the
// Gregorian year, month and day (not the era year).
const ERA_CODES: Record<string, string> = { M: '1', T: '2', S: '3', H: '4', R: '5' };
const JPKI_DATE = /^[0-5](\d{4})(\d{2})(\d{2})$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The subjectAltName extension of a demo 署名用電子証明書, written the way a real card's is:
 * otherName entries in the order 氏名, 生年月日, 性別, 住所, then the two "代替文字" position
 * maps (one '0' per character: no character of the demo data was replaced by a 代替文字).
 */
export function basicFourExtension(info: BasicFourInfo): Extension {
  const entries: [string, string][] = [
    [OID.jpkiCommonName, info.name],
    [OID.jpkiDateOfBirth, toJpkiDate(info.dateOfBirth)],
    [OID.jpkiGender, GENDER_CODES[info.gender]],
    [OID.jpkiAddress, info.address],
    [OID.jpkiCommonNameSubstitutePositions, '0'.repeat([...info.name].length)],
    [OID.jpkiAddressSubstitutePositions, '0'.repeat([...info.address].length)],
  ];
  const names = new SubjectAlternativeName(
    entries.map(
      ([typeId, value]) =>
        new GeneralName({
          otherName: new OtherName({ typeId, value: new Utf8String({ value }).toBER() }),
        }),
    ),
  );
  return new Extension(id_ce_subjectAltName, false, AsnConvert.serialize(names));
}

/** The 基本4情報 of a certificate, or null when it carries none (not a 署名用電子証明書). */
export function readBasicFour(certificate: X509Certificate): BasicFourInfo | null {
  const extension = certificate.extensions.find((item) => item.type === id_ce_subjectAltName);
  if (!extension) {
    return null;
  }
  const values = new Map<string, string>();
  for (const name of AsnConvert.parse(extension.value, SubjectAlternativeName)) {
    if (name.otherName) {
      const parsed = fromBER(name.otherName.value);
      if (parsed.offset !== -1 && parsed.result instanceof Utf8String) {
        values.set(name.otherName.typeId, parsed.result.valueBlock.value);
      }
    }
  }
  const name = values.get(OID.jpkiCommonName);
  const address = values.get(OID.jpkiAddress);
  const dateOfBirth = fromJpkiDate(values.get(OID.jpkiDateOfBirth));
  const gender = fromGenderCode(values.get(OID.jpkiGender));
  if (name === undefined || address === undefined || !dateOfBirth || !gender) {
    return null;
  }
  return { name, address, dateOfBirth, gender };
}

function toJpkiDate(isoDate: string): string {
  if (!ISO_DATE.test(isoDate)) {
    throw new TypeError('The date of birth is not YYYY-MM-DD.');
  }
  const era = JAPANESE_ERAS.find(
    (candidate) =>
      isoDate >= candidate.start && (candidate.end === undefined || isoDate <= candidate.end),
  );
  return `${era ? ERA_CODES[era.letter] : '0'}${isoDate.replaceAll('-', '')}`;
}

function fromJpkiDate(value: string | undefined): string | null {
  const match = value === undefined ? null : JPKI_DATE.exec(value);
  return match ? `${match[1]}-${match[2]}-${match[3]}` : null;
}

function fromGenderCode(value: string | undefined): Gender | null {
  const entry = Object.entries(GENDER_CODES).find(([, code]) => code === value);
  return entry ? (entry[0] as Gender) : null;
}
