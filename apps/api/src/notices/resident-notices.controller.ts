import { Controller, Get, Header, Param, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';

import { UuidParamPipe } from '../common/uuid-param.pipe.js';
import type { ResidentActor } from '../identity/actor.js';
import { Authenticated, CurrentActor } from '../identity/authenticated.decorator.js';
import { RequireProcedureIdentityLevel } from '../identity/procedure-identity-level.interceptor.js';
import { ApiContract } from '../openapi/api-contract.decorator.js';
import { toNoticeFile } from './notice-file.js';
import { IssueDecisionNoticeUseCase } from './use-cases/issue-decision-notice.use-case.js';

@ApiTags('notices (resident)')
@Authenticated('resident')
@Controller('me/applications')
export class ResidentNoticesController {
  constructor(private readonly notices: IssueDecisionNoticeUseCase) {}

  @Get(':id/decision-notice.pdf')
  @RequireProcedureIdentityLevel('application')
  @Header('Cache-Control', 'no-store')
  @Header('X-Content-Type-Options', 'nosniff')
  @ApiOperation({
    summary:
      'The sealed 決定通知書 of one of the resident’s decided applications (処理完了 / 却下)',
  })
  @ApiProduces('application/pdf')
  @ApiContract({})
  @ApiOkResponse({
    description: 'The 決定通知書, as <受付番号>-notice.pdf',
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  })
  download(
    @CurrentActor() actor: ResidentActor,
    @Param('id', UuidParamPipe) id: string,
  ): Promise<StreamableFile> {
    return this.notices.forResident(actor, id).then(toNoticeFile);
  }
}
