import type { CallHandler, ExecutionContext, NestInterceptor } from '@nestjs/common';
import { Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Observable } from 'rxjs';
import { from, lastValueFrom } from 'rxjs';
import { DataSource } from 'typeorm';

import type { Actor } from '../identity/actor.js';
import type { TenantContext } from './tenant-scope.js';
import { installTenantScope, runInTenantScope } from './tenant-scope.js';
import { OWN_TENANT_TRANSACTIONS } from './tenant-scope.decorator.js';
import { tenantOfActor } from './tenant-transactions.service.js';

type ScopedRequest = { actor?: Actor; backOfficeCaller?: { municipalityCode: string } };

function tenantOf(request: ScopedRequest): TenantContext | null {
  if (request.backOfficeCaller) {
    return { municipalityCode: request.backOfficeCaller.municipalityCode, residentId: null };
  }
  return request.actor ? tenantOfActor(request.actor) : null;
}

/**
 * Every request of a signed-in resident, staff member or back-office key runs in its tenant
 * scope (row-level security in force); the rest (sign-in, public catalog) does not need one.
 * Handlers marked `@OwnTenantTransactions()` (uploads) open short scopes themselves.
 */
@Injectable()
export class TenantScopeInterceptor implements NestInterceptor {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reflector: Reflector,
  ) {
    installTenantScope(dataSource);
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const tenant =
      context.getType() === 'http'
        ? tenantOf(context.switchToHttp().getRequest<ScopedRequest>())
        : null;
    if (
      !tenant ||
      this.reflector.get<boolean | undefined>(OWN_TENANT_TRANSACTIONS, context.getHandler())
    ) {
      return next.handle();
    }
    return from(
      runInTenantScope(this.dataSource, tenant, () =>
        lastValueFrom(next.handle(), { defaultValue: undefined }),
      ),
    );
  }
}
