import { Controller, Get, Header, Param, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';

import { UuidParamPipe } from '../common/uuid-param.pipe.js';
import type { StaffActor } from '../identity/actor.js';
import { Authenticated, CurrentActor } from '../identity/authenticated.decorator.js';
import { ApiContract } from '../openapi/api-contract.decorator.js';
import { toNoticeFile } from './notice-file.js';
import { IssueDecisionNoticeUseCase } from './use-cases/issue-decision-notice.use-case.js';

@ApiTags('notices (staff)')
@Authenticated('staff')
@Controller('staff/applications')
export class StaffNoticesController {
  constructor(private readonly notices: IssueDecisionNoticeUseCase) {}

  @Get(':id/decision-notice.pdf')
  @Header('Cache-Control', 'no-store')
  @Header('X-Content-Type-Options', 'nosniff')
  @ApiOperation({
    summary: 'The sealed 決定通知書 of a decided application of the municipality (処理完了 / 却下)',
  })
  @ApiProduces('application/pdf')
  @ApiContract({})
  @ApiOkResponse({
    description: 'The 決定通知書 the resident receives, as <受付番号>-notice.pdf',
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  })
  download(
    @CurrentActor() actor: StaffActor,
    @Param('id', UuidParamPipe) id: string,
  ): Promise<StreamableFile> {
    return this.notices.forStaff(actor, id).then(toNoticeFile);
  }
}
