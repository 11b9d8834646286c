import { readFile } from 'node:fs/promises';

import { Inject, Injectable } from '@nestjs/common';
import type { SignatureVerification } from '@madoguchi/server-trust';
import { verifyDetachedSignature } from '@madoguchi/server-trust';
import { PemConverter, X509Certificate, X509Crl } from '@peculiar/x509';

import type { Env } from '../config/env.js';
import { ENV } from '../infrastructure/tokens.js';
import { signaturesException } from './signatures.exception.js';

const CRL_FETCH_DEADLINE_MS = 10_000;

/**
 * The JPKI trust the API verifies card signatures with: the 署名用認証局 certificates
 * (JPKI_TRUST_ANCHORS, read once) and the CRL (JPKI_CRL, read at every verification so a card
 * revoked this morning is refused this afternoon). Production: J-LIS's CA certificates and CRL.
 */
@Injectable()
export class JpkiTrustService {
  private anchors: Promise<X509Certificate[]> | null = null;

  constructor(@Inject(ENV) private readonly env: Env) {}

  get isConfigured(): boolean {
    return this.env.JPKI_TRUST_ANCHORS !== undefined && this.env.JPKI_CRL !== undefined;
  }

  async verify(signature: Uint8Array, digest: Uint8Array): Promise<SignatureVerification> {
    if (!this.isConfigured) {
      throw signaturesException('signing_unavailable');
    }
    const [trustAnchors, crls] = await Promise.all([this.trustAnchors(), this.crls()]);
    return verifyDetachedSignature({ signature, digest, trustAnchors, crls });
  }

  private trustAnchors(): Promise<X509Certificate[]> {
    this.anchors ??= readAnchors(this.env.JPKI_TRUST_ANCHORS ?? '').catch((error: unknown) => {
      this.anchors = null;
      throw error;
    });
    return this.anchors;
  }

  /** No CRL at hand leaves revocation unknown, which the verifier refuses: never fail open. */
  private async crls(): Promise<X509Crl[]> {
    const source = this.env.JPKI_CRL ?? '';
    try {
      const bytes = /^https?:\/\//u.test(source)
        ? await fetchCrl(source)
        : new Uint8Array(await readFile(source));
      return [parseCrl(bytes)];
    } catch {
      return [];
    }
  }
}

async function readAnchors(spec: string): Promise<X509Certificate[]> {
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

async function fetchCrl(url: string): Promise<Uint8Array> {
  const response = await fetch(url, { signal: AbortSignal.timeout(CRL_FETCH_DEADLINE_MS) });
  if (!response.ok) {
    throw new Error(`CRL answered ${response.status}`);
  }
  return new Uint8Array(await response.arrayBuffer());
}

function parseCrl(bytes: Uint8Array): X509Crl {
  const text = new TextDecoder().decode(bytes.subarray(0, 32));
  return text.startsWith('-----BEGIN')
    ? new X509Crl(new TextDecoder().decode(bytes))
    : new X509Crl(bytes);
}
