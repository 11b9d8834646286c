import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';

import { TenantScopeInterceptor } from './tenant-scope.interceptor.js';
import { TenantTransactions } from './tenant-transactions.service.js';

/**
 * Row-level security per request (see libs/server/database migration RowLevelSecurity), or per
 * short transaction for handlers that hold a request open for long (`TenantTransactions`).
 */
@Module({
  providers: [{ provide: APP_INTERCEPTOR, useClass: TenantScopeInterceptor }, TenantTransactions],
  exports: [TenantTransactions],
})
export class TenancyModule {}
