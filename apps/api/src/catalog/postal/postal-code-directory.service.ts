import { Injectable } from '@nestjs/common';
import type { PostalAddressCandidate, PostalCodeData } from '@madoguchi/forms-schema';
import { lookupPostalCode } from '@madoguchi/forms-schema';
import type { PostalCodeLookup } from '@madoguchi/procedures-contracts';

import { catalogException } from '../catalog.exception.js';

import { loadPostalCodeData } from './postal-code-data.js';

/**
 * The offline 郵便番号 directory. The data (about 3 MB) is read once, on the first lookup, so
 * replicas that never answer a postal-code search never hold it.
 */
@Injectable()
export class PostalCodeDirectory {
  private data: Promise<PostalCodeData> | undefined;

  async lookup(postalCode: string): Promise<PostalAddressCandidate[]> {
    if (!this.data) {
      this.data = loadPostalCodeData();
      this.data.catch(() => {
        this.data = undefined;
      });
    }
    return lookupPostalCode(postalCode, await this.data);
  }

  /** The addresses of a normalised 7-digit code, or a 404 `postal_code_not_found`. */
  async lookUpAddresses(postalCode: string): Promise<PostalCodeLookup> {
    const candidates = await this.lookup(postalCode);
    if (candidates.length === 0) {
      throw catalogException('postal_code_not_found');
    }
    return {
      postalCode,
      addresses: candidates.map((candidate) => ({
        postalCode: candidate.postalCode,
        prefecture: candidate.prefecture,
        city: candidate.city,
        town: candidate.town,
        localGovernmentCode: candidate.localGovernmentCode,
      })),
    };
  }
}
