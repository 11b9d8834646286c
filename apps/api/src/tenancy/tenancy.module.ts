import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';

import { TenantScopeInterceptor } from './tenant-scope.interceptor.js';

/** Row-level security per request (see libs/server/database migration RowLevelSecurity). */
@Module({ providers: [{ provide: APP_INTERCEPTOR, useClass: TenantScopeInterceptor }] })
export class TenancyModule {}
