// @peculiar/x509 resolves its services through tsyringe, which needs the Reflect metadata API.
import 'reflect-metadata';

import { chmod, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

import { PemConverter, X509Certificate, X509Crl } from '@peculiar/x509';

import type { CertifiedKey } from './certificate-authority.js';
import { crlToPem } from './crl.js';
import type { DemoCardState, DemoPki } from './demo-pki.js';
import { exportPrivateKeyPem, importPrivateKeyPem } from './keys.js';

export const DEMO_PKI_FORMAT = 'madoguchi.demo-pki/1';

type Manifest = {
  readonly format: typeof DEMO_PKI_FORMAT;
  readonly createdAt: string;
  readonly crlNumber: number;
  readonly revoked: readonly { serialNumber: string; revokedAt: string }[];
  readonly cards: readonly {
    cardId: string;
    residentId: string;
    state: DemoCardState;
    serialNumber: string;
  }[];
  readonly seals: readonly { municipalityCode: string; serialNumber: string }[];
};

/** Whether `directory` already holds a complete demo PKI (its manifest is written last). */
export async function hasDemoPki(directory: string): Promise<boolean> {
  return stat(join(directory, 'manifest.json')).then(
    () => true,
    () => false,
  );
}

/**
 * Writes the demo PKI as PEM files (layout in the README), private keys mode 0600. It writes to
 * a sibling directory and renames it into place, so a crash never leaves half a PKI behind and a
 * second run sees either nothing or everything.
 */
export async function writeDemoPki(directory: string, pki: DemoPki): Promise<void> {
  const staging = `${directory}.staging-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  const put = async (path: string, text: string) => {
    const target = join(staging, path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, text);
    if (path.endsWith('.key.pem')) {
      await chmod(target, 0o600);
    }
  };
  const putPair = async (path: string, pair: CertifiedKey) => {
    await put(`${path}.pem`, pair.certificate.toString('pem'));
    await put(`${path}.key.pem`, await exportPrivateKeyPem(pair.privateKey));
  };
  await putPair('jpki/ca', pki.jpki.ca);
  await put('jpki/crl.pem', crlToPem(pki.jpki.crl));
  for (const card of pki.jpki.cards) {
    await putPair(`jpki/cards/${card.cardId}`, card);
  }
  await putPair('municipal/ca', pki.municipal.ca);
  await put('municipal/crl.pem', crlToPem(pki.municipal.crl));
  for (const seal of pki.municipal.seals) {
    await putPair(`municipal/seals/${seal.municipalityCode}`, seal);
  }
  await putPair('tsa/ca', pki.tsa.ca);
  await putPair('tsa/tsa', pki.tsa.unit);
  const manifest: Manifest = {
    format: DEMO_PKI_FORMAT,
    createdAt: new Date().toISOString(),
    crlNumber: pki.jpki.crlNumber,
    revoked: pki.jpki.revoked.map((entry) => ({
      serialNumber: entry.serialNumber,
      revokedAt: entry.revokedAt.toISOString(),
    })),
    cards: pki.jpki.cards.map(({ cardId, residentId, state, certificate }) => ({
      cardId,
      residentId,
      state,
      serialNumber: certificate.serialNumber,
    })),
    seals: pki.municipal.seals.map(({ municipalityCode, certificate }) => ({
      municipalityCode,
      serialNumber: certificate.serialNumber,
    })),
  };
  await put('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
  await rm(directory, { recursive: true, force: true });
  await mkdir(dirname(directory), { recursive: true });
  await rename(staging, directory);
}

/** Reads back what `writeDemoPki` wrote. */
export async function readDemoPki(directory: string): Promise<DemoPki> {
  const text = (path: string) => readFile(join(directory, path), 'utf8');
  const manifest = JSON.parse(await text('manifest.json')) as Manifest;
  if ((manifest.format as string) !== DEMO_PKI_FORMAT) {
    throw new Error(`${directory} holds no ${DEMO_PKI_FORMAT} demo PKI.`);
  }
  const pair = async (path: string): Promise<CertifiedKey> => ({
    certificate: new X509Certificate(await text(`${path}.pem`)),
    privateKey: await importPrivateKeyPem(await text(`${path}.key.pem`)),
  });
  const crl = async (path: string) => {
    const [der] = PemConverter.decode(await text(path));
    if (!der) {
      throw new Error(`${path} holds no CRL.`);
    }
    return new X509Crl(der);
  };
  const cards = [];
  for (const card of manifest.cards) {
    cards.push({ ...(await pair(`jpki/cards/${card.cardId}`)), ...card });
  }
  const seals = [];
  for (const seal of manifest.seals) {
    seals.push({
      ...(await pair(`municipal/seals/${seal.municipalityCode}`)),
      municipalityCode: seal.municipalityCode,
    });
  }
  return {
    jpki: {
      ca: await pair('jpki/ca'),
      cards,
      revoked: manifest.revoked.map((entry) => ({
        serialNumber: entry.serialNumber,
        revokedAt: new Date(entry.revokedAt),
      })),
      crl: await crl('jpki/crl.pem'),
      crlNumber: manifest.crlNumber,
    },
    municipal: { ca: await pair('municipal/ca'), seals, crl: await crl('municipal/crl.pem') },
    tsa: { ca: await pair('tsa/ca'), unit: await pair('tsa/tsa') },
  };
}
