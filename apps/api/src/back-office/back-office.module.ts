import type { MiddlewareConsumer, NestModule } from '@nestjs/common';
import { Module } from '@nestjs/common';

import { ApplicationContextService } from '../applications/application-context.service.js';
import { ApplicationRepository } from '../applications/application.repository.js';
import { AttachmentsModule } from '../attachments/attachments.module.js';
import { CatalogModule } from '../catalog/catalog.module.js';
import { ApiKeyRepository } from './api-key.repository.js';
import { ApiKeysController } from './api-keys.controller.js';
import { ApiKeysService } from './api-keys.service.js';
import { BackOfficeKeyGuard } from './back-office-key.guard.js';
import { BackOfficeRequestMiddleware } from './back-office-request.middleware.js';
import { BackOfficeController } from './back-office.controller.js';
import { BackOfficeRepository } from './back-office.repository.js';
import { BackOfficeService } from './back-office.service.js';

/** API keys (managed by staff administrators) and the back-office pull API they open. */
@Module({
  imports: [CatalogModule, AttachmentsModule],
  controllers: [ApiKeysController, BackOfficeController],
  providers: [
    ApplicationRepository,
    ApplicationContextService,
    ApiKeyRepository,
    ApiKeysService,
    BackOfficeKeyGuard,
    BackOfficeRepository,
    BackOfficeService,
  ],
})
export class BackOfficeModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(BackOfficeRequestMiddleware).forRoutes(BackOfficeController);
  }
}
