import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import type { Actor } from '../identity/actor.js';
import type { TenantContext } from './tenant-scope.js';
import { runInTenantScope } from './tenant-scope.js';

/** The tenant of a signed-in resident or staff member (row-level security settings). */
export function tenantOfActor(actor: Actor): TenantContext {
  return actor.kind === 'staff'
    ? { municipalityCode: actor.municipalityCode, residentId: null }
    : { municipalityCode: null, residentId: actor.id };
}

/** Short tenant transactions for handlers marked `@OwnTenantTransactions()`. */
@Injectable()
export class TenantTransactions {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Runs `work` in one transaction of the actor's tenant scope; the connection is back in the pool after. */
  run<T>(actor: Actor, work: () => Promise<T>): Promise<T> {
    return runInTenantScope(this.dataSource, tenantOfActor(actor), work);
  }
}
