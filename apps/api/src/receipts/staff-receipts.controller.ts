import { Controller, Get, Header, Param, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';

import { UuidParamPipe } from '../common/uuid-param.pipe.js';
import type { StaffActor } from '../identity/actor.js';
import { Authenticated, CurrentActor } from '../identity/authenticated.decorator.js';
import { ApiContract } from '../openapi/api-contract.decorator.js';
import { toReceiptPdfFile } from './receipt-file.js';
import { RenderReceiptUseCase } from './use-cases/render-receipt.use-case.js';

@ApiTags('receipts (staff)')
@Authenticated('staff')
@Controller('staff/applications')
export class StaffReceiptsController {
  constructor(private readonly renderReceipt: RenderReceiptUseCase) {}

  @Get(':id/receipt.pdf')
  // The 控え holds personal data: never kept by a shared cache or the browser's.
  @Header('Cache-Control', 'no-store')
  @Header('X-Content-Type-Options', 'nosniff')
  @ApiOperation({
    summary:
      'The sealed PDF 控え of an application of the municipality, as the resident has it (the read is audited)',
  })
  @ApiProduces('application/pdf')
  @ApiContract({})
  @ApiOkResponse({
    description: 'The PDF 控え, as an attachment named <受付番号>.pdf',
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  })
  download(
    @CurrentActor() actor: StaffActor,
    @Param('id', UuidParamPipe) id: string,
  ): Promise<StreamableFile> {
    return this.renderReceipt.executeForStaff(actor, id).then(toReceiptPdfFile);
  }
}
