import type { DynamicModule } from '@nestjs/common';
import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';

import { AdministrationModule } from './administration/administration.module.js';
import { ApplicationsModule } from './applications/applications.module.js';
import { AttachmentsModule } from './attachments/attachments.module.js';
import { BackOfficeModule } from './back-office/back-office.module.js';
import { CatalogModule } from './catalog/catalog.module.js';
import { DashboardModule } from './dashboard/dashboard.module.js';
import type { Env } from './config/env.js';
import { CounterModule } from './counter/counter.module.js';
import { DraftsModule } from './drafts/drafts.module.js';
import { HealthModule } from './health/health.module.js';
import { IdentityModule } from './identity/identity.module.js';
import { InputModule } from './input/input.module.js';
import { InfrastructureModule } from './infrastructure/infrastructure.module.js';
import { NotificationsModule } from './notifications/notifications.module.js';
import { NotificationEngineModule } from './notifications/notification-engine.module.js';
import { OverlayEditorModule } from './overlay-editor/overlay-editor.module.js';
import { StaffQueueModule } from './staff-queue/staff-queue.module.js';
import { ObservabilityModule } from './observability/observability.module.js';
import { ReceiptsModule } from './receipts/receipts.module.js';
import { NoticesModule } from './notices/notices.module.js';
import { TenancyModule } from './tenancy/tenancy.module.js';

@Module({})
export class AppModule {
  static register(env: Env): DynamicModule {
    return {
      module: AppModule,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: {
            level: env.LOG_LEVEL,
            // Cookies carry session ids; bodies and query strings are never logged (personal data).
            redact: [
              'req.headers.cookie',
              'req.headers.authorization',
              'res.headers["set-cookie"]',
            ],
            serializers: {
              req: (request: { method: string; url: string; id: unknown }) => ({
                id: request.id,
                method: request.method,
                path: request.url.split('?')[0],
              }),
            },
          },
        }),
        InfrastructureModule.register(env),
        InputModule,
        HealthModule,
        ObservabilityModule,
        TenancyModule,
        IdentityModule.register(env),
        CatalogModule,
        // Before ApplicationsModule: its `staff/applications/:id` would otherwise take `…/export`.
        StaffQueueModule,
        ApplicationsModule,
        DraftsModule,
        AttachmentsModule,
        ReceiptsModule,
        NoticesModule,
        NotificationsModule,
        NotificationEngineModule,
        BackOfficeModule,
        DashboardModule,
        AdministrationModule,
        OverlayEditorModule,
        CounterModule,
      ],
    };
  }
}
