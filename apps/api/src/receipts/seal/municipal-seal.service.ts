import { Inject, Injectable } from '@nestjs/common';
import {
  requestTimestamp,
  sealDetached,
  type CertifiedKey,
  type Stamper,
} from '@madoguchi/server-trust';
import type { X509Certificate } from '@peculiar/x509';

import type { Env } from '../../config/env.js';
import { ENV } from '../../infrastructure/tokens.js';
import { sealPdf } from './pades-seal.js';
import { readCertificates, readSeal, readSealTrust, type SealTrust } from './seal-trust.js';
import { sealerOf, type Sealer } from './seal-verification.js';

/**
 * The municipality's seal (eシール / LGPKI 職責証明書 role) and the TSA: seals PDFs (PAdES B-T)
 * and bytes (CAdES-T). Keys are read from SEAL_CERTIFICATES_DIR once per municipality and kept
 * in memory (non-extractable CryptoKeys); the TSA's trust anchors are checked on every reply.
 */
@Injectable()
export class MunicipalSealService {
  private readonly seals = new Map<string, Promise<CertifiedKey>>();
  private timestampAnchors: Promise<X509Certificate[]> | null = null;

  constructor(@Inject(ENV) private readonly env: Env) {}

  /** Whether documents are sealed at all (unset in stacks without a demo PKI: unsealed 控え). */
  get isConfigured(): boolean {
    return this.env.SEAL_CERTIFICATES_DIR !== undefined && this.env.TSA_URL !== undefined;
  }

  /** Whether seals can be verified (the public verify page, the CLI's defaults). */
  get canVerify(): boolean {
    return this.env.SEAL_TRUST_ANCHORS !== undefined && this.env.TSA_TRUST_ANCHORS !== undefined;
  }

  async sealerOf(municipalityCode: string): Promise<Sealer> {
    return sealerOf((await this.seal(municipalityCode)).certificate);
  }

  async sealPdf(
    municipalityCode: string,
    pdf: Buffer,
    fields: { reason: string; location: string },
  ): Promise<Buffer> {
    const seal = await this.seal(municipalityCode);
    return sealPdf({
      pdf,
      seal,
      stamp: this.stamper(),
      name: sealerOf(seal.certificate).office,
      location: fields.location,
      reason: fields.reason,
      signingTime: new Date(),
    });
  }

  async sealBytes(municipalityCode: string, content: Uint8Array): Promise<Uint8Array> {
    return sealDetached({
      content,
      seal: await this.seal(municipalityCode),
      stamp: this.stamper(),
    });
  }

  /** Read at each call: the CRL may have changed since the last verification. */
  trust(): Promise<SealTrust> {
    return readSealTrust({
      trustAnchors: this.env.SEAL_TRUST_ANCHORS ?? '',
      crl: this.env.SEAL_CRL,
      timestampTrustAnchors: this.env.TSA_TRUST_ANCHORS ?? '',
    });
  }

  private seal(municipalityCode: string): Promise<CertifiedKey> {
    let seal = this.seals.get(municipalityCode);
    if (!seal) {
      seal = readSeal(this.env.SEAL_CERTIFICATES_DIR ?? '', municipalityCode);
      seal.catch(() => this.seals.delete(municipalityCode));
      this.seals.set(municipalityCode, seal);
    }
    return seal;
  }

  private stamper(): Stamper {
    const url = this.env.TSA_URL ?? '';
    return async (digest) => {
      this.timestampAnchors ??= readCertificates(this.env.TSA_TRUST_ANCHORS ?? '');
      const trustAnchors = await this.timestampAnchors;
      return (await requestTimestamp(url, digest, { trustAnchors })).token;
    };
  }
}
