import type { IncomingMessage } from 'node:http';

import { Injectable } from '@nestjs/common';
import {
  SEAL_VERIFICATION_MAX_PDF_BYTES,
  type SealVerification,
  type VerifyReceiptRequest,
} from '@madoguchi/procedures-contracts';

import { MunicipalSealService } from '../seal/municipal-seal.service.js';
import { verifyDetachedSeal, verifyPdfSeal, type SealCheck } from '../seal/seal-verification.js';
import { sealVerificationException } from './seal-verification.exception.js';

/**
 * Checks a sealed 控え or 決定通知書 for anyone (public): who sealed it, when, and whether it
 * changed. Nothing is stored and nothing is looked up: the answer says only what the file itself
 * holds (the sealer from its certificate, the time from its timestamp), so it shows no personal
 * data beyond what the uploader already has.
 */
@Injectable()
export class VerifySealUseCase {
  constructor(private readonly seal: MunicipalSealService) {}

  async verifyPdf(request: IncomingMessage): Promise<SealVerification> {
    if (!/^application\/pdf\s*(;|$)/iu.test(request.headers['content-type'] ?? '')) {
      request.resume();
      throw sealVerificationException('pdf_required');
    }
    const pdf = await readLimited(request, SEAL_VERIFICATION_MAX_PDF_BYTES);
    if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-') {
      throw sealVerificationException('pdf_required');
    }
    return toVerification(await verifyPdfSeal(pdf, await this.seal.trust()), null);
  }

  async verifyReceipt(input: VerifyReceiptRequest): Promise<SealVerification> {
    const receiptNumber = receiptNumberOf(input.receipt);
    const check = await verifyDetachedSeal(
      new TextEncoder().encode(input.receipt),
      new Uint8Array(Buffer.from(input.seal, 'base64')),
      await this.seal.trust(),
    );
    return toVerification(check, receiptNumber === input.receiptNumber);
  }
}

/** The 受付番号 a receipt JSON names; null for text that is no receipt (its seal says the rest). */
function receiptNumberOf(text: string): unknown {
  try {
    return (JSON.parse(text) as { receiptNumber?: unknown } | null)?.receiptNumber ?? null;
  } catch {
    return null;
  }
}

function toVerification(check: SealCheck, receiptNumberMatches: boolean | null): SealVerification {
  return {
    verdict: check.verdict,
    sealer: check.sealer,
    sealedAt: check.sealedAt?.toISOString() ?? null,
    receiptNumberMatches,
  };
}

/** The body, refused past `maxBytes` (the rest is drained, so the client gets the answer). */
function readLimited(request: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const declared = Number(request.headers['content-length'] ?? '0');
  if (declared > maxBytes) {
    request.resume();
    return Promise.reject(sealVerificationException('file_too_large'));
  }
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    let isTooLarge = false;
    request.on('data', (chunk: Buffer) => {
      length += chunk.length;
      if (length > maxBytes) {
        isTooLarge = true;
        chunks.length = 0;
        return;
      }
      if (!isTooLarge) {
        chunks.push(chunk);
      }
    });
    request.on('end', () =>
      isTooLarge
        ? reject(sealVerificationException('file_too_large'))
        : resolve(Buffer.concat(chunks)),
    );
    request.on('error', () => reject(sealVerificationException('pdf_required')));
  });
}
