import { Module } from '@nestjs/common';

import { CatalogModule } from '../catalog/catalog.module.js';
import { ReceiptsModule } from '../receipts/receipts.module.js';
import { NoticeRepository } from './notice.repository.js';
import { ResidentNoticesController } from './resident-notices.controller.js';
import { StaffNoticesController } from './staff-notices.controller.js';
import { IssueDecisionNoticeUseCase } from './use-cases/issue-decision-notice.use-case.js';

/** The sealed 決定通知書 of decided applications, for their residents and the staff. */
@Module({
  imports: [CatalogModule, ReceiptsModule],
  controllers: [ResidentNoticesController, StaffNoticesController],
  providers: [NoticeRepository, IssueDecisionNoticeUseCase],
})
export class NoticesModule {}
