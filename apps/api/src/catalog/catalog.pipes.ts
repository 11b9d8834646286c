import type { PipeTransform } from '@nestjs/common';
import { Injectable } from '@nestjs/common';
import { ApiException } from '@madoguchi/server-util-nest';

@Injectable()
export class MunicipalityCodePipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!/^\d{6}$/.test(value)) {
      throw new ApiException(400, 'invalid_municipality_code', {
        ja: '地方公共団体コードは6桁の数字です。',
        en: 'A local government code has 6 digits.',
      });
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
      throw new ApiException(400, 'invalid_form_version', {
        ja: '様式の版は正の整数です。',
        en: 'A form version is a positive whole number.',
      });
    }
    return Number(value);
  }
}
