import type { PipeTransform } from '@nestjs/common';
import { Injectable } from '@nestjs/common';
import { ApiException } from '@madoguchi/server-util-nest';

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Injectable()
export class UuidParamPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!UUID_PATTERN.test(value)) {
      throw new ApiException(404, 'not_found', { ja: '見つかりませんでした。', en: 'Not found.' });
    }
    return value.toLowerCase();
  }
}
