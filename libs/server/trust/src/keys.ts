// @peculiar/x509 resolves its services through tsyringe, which needs the Reflect metadata API.
import 'reflect-metadata';

import type { webcrypto } from 'node:crypto';

import { PemConverter } from '@peculiar/x509';

// Web Crypto's key types as Node declares them (the lib has no DOM types).
export type CryptoKey = webcrypto.CryptoKey;
export type CryptoKeyPair = webcrypto.CryptoKeyPair;

/** JPKI's 署名用電子証明書 profile: RSA-2048 keys, PKCS#1 v1.5 signatures with SHA-256. */
export const RSA_SIGNING_ALGORITHM = {
  name: 'RSASSA-PKCS1-v1_5',
  hash: 'SHA-256',
  publicExponent: new Uint8Array([1, 0, 1]),
  modulusLength: 2048,
} as const;

export async function generateSigningKeys(): Promise<CryptoKeyPair> {
  return crypto.subtle.generateKey(RSA_SIGNING_ALGORITHM, true, ['sign', 'verify']);
}

/** PKCS#8 PEM ("PRIVATE KEY"), the form openssl and the demo PKI directory use. */
export async function exportPrivateKeyPem(privateKey: CryptoKey): Promise<string> {
  const der = await crypto.subtle.exportKey('pkcs8', privateKey);
  return PemConverter.encode(der, 'PRIVATE KEY');
}

export async function importPrivateKeyPem(pem: string): Promise<CryptoKey> {
  const [der] = PemConverter.decode(pem);
  if (!der) {
    throw new TypeError('The PEM text holds no private key.');
  }
  return crypto.subtle.importKey('pkcs8', der, RSA_SIGNING_ALGORITHM, true, ['sign']);
}
