import {
  Body,
  Controller,
  Header,
  HttpCode,
  Post,
  Req,
  StreamableFile,
  UseGuards,
} from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type {
  ConfirmCounterApplicationRequest,
  CounterAttachmentRequest,
  CounterConfirmationPreview,
  CounterConfirmationResult,
  CounterTokenRequest,
} from '@madoguchi/procedures-contracts';
import {
  confirmCounterApplicationRequestSchema,
  counterAttachmentRequestSchema,
  counterConfirmationPreviewSchema,
  counterConfirmationResultSchema,
  counterTokenRequestSchema,
} from '@madoguchi/procedures-contracts';
import { ZodBodyPipe } from '@madoguchi/server-util-nest';

import { DOWNLOAD_HEADERS, toStreamableFile } from '../attachments/streamable-download.js';
import type { RequestWithActor } from '../identity/authenticated.decorator.js';
import { SESSION_COOKIE } from '../identity/session.store.js';
import { ApiContract } from '../openapi/api-contract.decorator.js';
import { toReceiptFile } from './counter-downloads.js';
import { CounterRateLimitGuard } from './counter-rate-limit.guard.js';
import { CounterResidents } from './counter-resident.service.js';
import { CounterService } from './counter.service.js';
import { ConfirmCounterApplicationUseCase } from './use-cases/confirm-counter-application.use-case.js';

/**
 * The resident's side of 書かない窓口: no account needed, the one-time token (in the body, never
 * in a URL) is the authority; a signed-in resident's session links the application to them.
 * Rate-limited per address and per token.
 */
@ApiTags('counter (resident)')
@UseGuards(CounterRateLimitGuard)
@Controller('counter/confirmations')
export class CounterConfirmationController {
  constructor(
    private readonly counter: CounterService,
    private readonly confirmApplication: ConfirmCounterApplicationUseCase,
    private readonly residents: CounterResidents,
  ) {}

  @Post('preview')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'What the resident is asked to confirm (sensitive values masked, the files attached); the read is audited',
  })
  @ApiContract({ body: counterTokenRequestSchema, response: counterConfirmationPreviewSchema })
  preview(
    @Req() request: RequestWithActor,
    @Body(new ZodBodyPipe(counterTokenRequestSchema)) body: CounterTokenRequest,
  ): Promise<CounterConfirmationPreview> {
    return this.residents
      .ofSession(request.cookies?.[SESSION_COOKIE])
      .then((resident) => this.counter.preview(resident, body.token));
  }

  @Post('attachment')
  @HttpCode(200)
  @Header('X-Content-Type-Options', DOWNLOAD_HEADERS['X-Content-Type-Options'])
  @Header('Cache-Control', DOWNLOAD_HEADERS['Cache-Control'])
  @Header('Content-Security-Policy', DOWNLOAD_HEADERS['Content-Security-Policy'])
  @ApiOperation({
    summary:
      'One file staff attached at the counter, while the link is usable (to preview it before confirming); audited',
  })
  @ApiContract({ body: counterAttachmentRequestSchema })
  attachment(
    @Req() request: RequestWithActor,
    @Body(new ZodBodyPipe(counterAttachmentRequestSchema)) body: CounterAttachmentRequest,
  ): Promise<StreamableFile> {
    return this.residents
      .ofSession(request.cookies?.[SESSION_COOKIE])
      .then((resident) => this.counter.attachmentByToken(resident, body.token, body.attachmentId))
      .then(toStreamableFile);
  }

  @Post('confirm')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'The resident confirms: the application is submitted (受付番号); the link works once, for ten minutes',
  })
  @ApiContract({
    body: confirmCounterApplicationRequestSchema,
    response: counterConfirmationResultSchema,
  })
  confirm(
    @Req() request: RequestWithActor,
    @Body(new ZodBodyPipe(confirmCounterApplicationRequestSchema))
    body: ConfirmCounterApplicationRequest,
  ): Promise<CounterConfirmationResult> {
    return this.residents
      .ofSession(request.cookies?.[SESSION_COOKIE])
      .then((resident) => this.confirmApplication.execute(resident, body));
  }

  @Post('receipt')
  @HttpCode(200)
  // The 控え holds personal data: never kept by a shared cache or the browser's.
  @Header('Cache-Control', 'no-store')
  @Header('X-Content-Type-Options', 'nosniff')
  @ApiOperation({
    summary:
      'The PDF 控え of the confirmed application, by the same link for thirty minutes after confirming; audited',
  })
  @ApiProduces('application/pdf')
  @ApiContract({ body: counterTokenRequestSchema })
  @ApiOkResponse({
    description: 'The PDF 控え, as an attachment named <受付番号>.pdf',
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  })
  receipt(
    @Req() request: RequestWithActor,
    @Body(new ZodBodyPipe(counterTokenRequestSchema)) body: CounterTokenRequest,
  ): Promise<StreamableFile> {
    return this.residents
      .ofSession(request.cookies?.[SESSION_COOKIE])
      .then((resident) => this.counter.receiptByToken(resident, body.token))
      .then(toReceiptFile);
  }
}
