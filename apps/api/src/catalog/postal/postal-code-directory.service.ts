import { Injectable } from '@nestjs/common';
import type { PostalAddressCandidate, PostalCodeData } from '@madoguchi/forms-schema';
import { lookupPostalCode } from '@madoguchi/forms-schema';

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
}
