import type { PipeTransform } from '@nestjs/common';
import { Injectable } from '@nestjs/common';
import { isValidLocalGovernmentCode, normalizePostalCode } from '@madoguchi/forms-schema';

import { catalogException } from './catalog.exception.js';

/** A 地方公共団体コード in a path: 6 digits whose last is the right check digit (千代田区 131016). */
@Injectable()
export class MunicipalityCodePipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!/^\d{6}$/.test(value)) {
      throw catalogException('invalid_municipality_code');
    }
    if (!isValidLocalGovernmentCode(value)) {
      throw catalogException('municipality_code_check_digit');
    }
    return value;
  }
}

@Injectable()
export class OptionalVersionPipe implements PipeTransform<string | undefined, number | undefined> {
  transform(value: string | undefined): number | undefined {
    if (value === undefined || value === '') {
      return undefined;
    }
    if (!/^[1-9]\d{0,5}$/.test(value)) {
      throw catalogException('invalid_form_version');
    }
    return Number(value);
  }
}

/** A 郵便番号 in a path, in any usual spelling (1020072, 102-0072, full-width): 7 digits out. */
@Injectable()
export class PostalCodePipe implements PipeTransform<string, string> {
  transform(value: string): string {
    const postalCode = normalizePostalCode(value);
    if (postalCode === undefined) {
      throw catalogException('invalid_postal_code');
    }
    return postalCode;
  }
}
