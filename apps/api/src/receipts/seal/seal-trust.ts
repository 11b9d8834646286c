// @peculiar/x509 resolves its services through tsyringe, which needs the Reflect metadata API.
import 'reflect-metadata';

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { importPrivateKeyPem, type CertifiedKey } from '@madoguchi/server-trust';
import { PemConverter, X509Certificate, X509Crl } from '@peculiar/x509';

const CRL_FETCH_DEADLINE_MS = 10_000;

/** What a seal is checked against: the seal CA(s), their CRL(s), the TSA's CA(s). */
export type SealTrust = {
  readonly trustAnchors: readonly X509Certificate[];
  readonly crls: readonly X509Crl[];
  readonly timestampTrustAnchors: readonly X509Certificate[];
};

/** Reads the certificates of comma-separated PEM files. */
export async function readCertificates(spec: string): Promise<X509Certificate[]> {
  const certificates: X509Certificate[] = [];
  for (const path of spec
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const text = await readFile(path, 'utf8');
    for (const der of PemConverter.decode(text)) {
      certificates.push(new X509Certificate(der));
    }
  }
  return certificates;
}

/**
 * The seal CA's CRL, read at each verification (a seal revoked today is refused today); no CRL
 * at hand leaves revocation unknown, which the verifier refuses: never fail open.
 */
export async function readCrls(source: string | undefined): Promise<X509Crl[]> {
  if (!source) {
    return [];
  }
  try {
    let bytes: Uint8Array;
    if (/^https?:\/\//u.test(source)) {
      const response = await fetch(source, { signal: AbortSignal.timeout(CRL_FETCH_DEADLINE_MS) });
      if (!response.ok) {
        return [];
      }
      bytes = new Uint8Array(await response.arrayBuffer());
    } else {
      bytes = new Uint8Array(await readFile(source));
    }
    const head = new TextDecoder().decode(bytes.subarray(0, 32));
    return [
      head.startsWith('-----BEGIN')
        ? new X509Crl(new TextDecoder().decode(bytes))
        : new X509Crl(bytes),
    ];
  } catch {
    return [];
  }
}

export async function readSealTrust(config: {
  readonly trustAnchors: string;
  readonly crl: string | undefined;
  readonly timestampTrustAnchors: string;
}): Promise<SealTrust> {
  const [trustAnchors, crls, timestampTrustAnchors] = await Promise.all([
    readCertificates(config.trustAnchors),
    readCrls(config.crl),
    readCertificates(config.timestampTrustAnchors),
  ]);
  return { trustAnchors, crls, timestampTrustAnchors };
}

const MUNICIPALITY_CODE = /^\d{6}$/u;

/** The seal of one municipality: `<dir>/<code>.pem` and `<dir>/<code>.key.pem`. */
export async function readSeal(directory: string, municipalityCode: string): Promise<CertifiedKey> {
  if (!MUNICIPALITY_CODE.test(municipalityCode)) {
    throw new TypeError('A municipality code is six digits.');
  }
  const [certificate, key] = await Promise.all([
    readFile(join(directory, `${municipalityCode}.pem`), 'utf8'),
    readFile(join(directory, `${municipalityCode}.key.pem`), 'utf8'),
  ]);
  return {
    certificate: new X509Certificate(certificate),
    privateKey: await importPrivateKeyPem(key),
  };
}
