import { Controller, Get, Header, Param, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';

import { UuidParamPipe } from '../common/uuid-param.pipe.js';
import type { ResidentActor } from '../identity/actor.js';
import { Authenticated, CurrentActor } from '../identity/authenticated.decorator.js';
import { RequireProcedureIdentityLevel } from '../identity/procedure-identity-level.interceptor.js';
import { ApiContract } from '../openapi/api-contract.decorator.js';
import { toReceiptFile, toReceiptPdfFile } from './receipt-file.js';
import { RenderReceiptUseCase } from './use-cases/render-receipt.use-case.js';

@ApiTags('receipts (resident)')
@Authenticated('resident')
@Controller('me/applications')
export class ReceiptsController {
  constructor(private readonly renderReceipt: RenderReceiptUseCase) {}

  @Get(':id/receipt.pdf')
  @RequireProcedureIdentityLevel('application')
  // The 控え holds personal data: never kept by a shared cache or the browser's.
  @Header('Cache-Control', 'no-store')
  @Header('X-Content-Type-Options', 'nosniff')
  @ApiOperation({
    summary:
      'The PDF 控え of one of the resident’s applications (受付番号, answers, files with SHA-256)',
  })
  @ApiProduces('application/pdf')
  @ApiContract({})
  @ApiOkResponse({
    description: 'The PDF 控え, as an attachment named <受付番号>.pdf',
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  })
  download(
    @CurrentActor() actor: ResidentActor,
    @Param('id', UuidParamPipe) id: string,
  ): Promise<StreamableFile> {
    return this.renderReceipt.execute(actor, id).then(toReceiptPdfFile);
  }

  @Get(':id/receipt.json')
  @RequireProcedureIdentityLevel('application')
  @Header('Cache-Control', 'no-store')
  @Header('X-Content-Type-Options', 'nosniff')
  @ApiOperation({
    summary:
      'The sealed receipt JSON of an application (RFC 8785: 受付番号, received at, SHA-256 of the answers and files)',
  })
  @ApiProduces('application/json')
  @ApiContract({})
  @ApiOkResponse({ description: 'The exact bytes the seal covers, as <受付番号>.json' })
  receiptJson(
    @CurrentActor() actor: ResidentActor,
    @Param('id', UuidParamPipe) id: string,
  ): Promise<StreamableFile> {
    return this.renderReceipt.executePart(actor, id, 'json').then(toReceiptFile);
  }

  @Get(':id/receipt.p7s')
  @RequireProcedureIdentityLevel('application')
  @Header('Cache-Control', 'no-store')
  @Header('X-Content-Type-Options', 'nosniff')
  @ApiOperation({
    summary: 'The municipality’s detached CAdES-T seal (CMS, DER) over the receipt JSON',
  })
  @ApiProduces('application/pkcs7-signature')
  @ApiContract({})
  @ApiOkResponse({ description: 'The seal, as <受付番号>.p7s' })
  receiptSeal(
    @CurrentActor() actor: ResidentActor,
    @Param('id', UuidParamPipe) id: string,
  ): Promise<StreamableFile> {
    return this.renderReceipt.executePart(actor, id, 'seal').then(toReceiptFile);
  }
}
