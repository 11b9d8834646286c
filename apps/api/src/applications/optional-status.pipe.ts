import type { PipeTransform } from '@nestjs/common';
import { Injectable } from '@nestjs/common';
import type { ApplicationStatus } from '@madoguchi/procedures-domain';
import { APPLICATION_STATUSES } from '@madoguchi/procedures-domain';
import { ApiException } from '@madoguchi/server-util-nest';

function isApplicationStatus(value: string): value is ApplicationStatus {
  return (APPLICATION_STATUSES as readonly string[]).includes(value);
}

@Injectable()
export class OptionalStatusPipe implements PipeTransform<string | undefined, ApplicationStatus | undefined> {
  transform(value: string | undefined): ApplicationStatus | undefined {
    if (value === undefined || value === '') {
      return undefined;
    }
    if (!isApplicationStatus(value)) {
      throw new ApiException(400, 'invalid_status', {
        ja: `状態は ${APPLICATION_STATUSES.join(', ')} のいずれかです。`,
        en: `The status must be one of ${APPLICATION_STATUSES.join(', ')}.`,
      });
    }
    return value;
  }
}
