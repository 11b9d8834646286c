import type { CallHandler, ExecutionContext, NestInterceptor } from '@nestjs/common';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Observable } from 'rxjs';
import { from, lastValueFrom } from 'rxjs';
import { DataSource } from 'typeorm';

import type { Actor } from '../identity/actor.js';
import type { TenantContext } from './tenant-scope.js';
import { installTenantScope, runInTenantScope } from './tenant-scope.js';

type ScopedRequest = { actor?: Actor; backOfficeCaller?: { municipalityCode: string } };

function tenantOf(request: ScopedRequest): TenantContext | null {
  if (request.backOfficeCaller) {
    return { municipalityCode: request.backOfficeCaller.municipalityCode, residentId: null };
  }
  if (request.actor?.kind === 'staff') {
    return { municipalityCode: request.actor.municipalityCode, residentId: null };
  }
  if (request.actor?.kind === 'resident') {
    return { municipalityCode: null, residentId: request.actor.id };
  }
  return null;
}

/**
 * Every request of a signed-in resident, staff member or back-office key runs in its tenant
 * scope (row-level security in force); the rest (sign-in, public catalog) does not need one.
 */
@Injectable()
export class TenantScopeInterceptor implements NestInterceptor {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    installTenantScope(dataSource);
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const tenant = context.getType() === 'http' ? tenantOf(context.switchToHttp().getRequest<ScopedRequest>()) : null;
    if (!tenant) {
      return next.handle();
    }
    return from(runInTenantScope(this.dataSource, tenant, () => lastValueFrom(next.handle(), { defaultValue: undefined })));
  }
}
