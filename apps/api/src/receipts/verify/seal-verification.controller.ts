import type { IncomingMessage } from 'node:http';

import { Body, Controller, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { SealVerification, VerifyReceiptRequest } from '@madoguchi/procedures-contracts';
import {
  sealVerificationSchema,
  verifyReceiptRequestSchema,
} from '@madoguchi/procedures-contracts';
import { ZodBodyPipe } from '@madoguchi/server-util-nest';

import { ApiContract } from '../../openapi/api-contract.decorator.js';
import { VerifyRateLimitGuard } from './verify-rate-limit.guard.js';
import { VerifySealUseCase } from './verify-seal.use-case.js';

/** The public verification of sealed 控え and 決定通知書: no account, rate-limited per address. */
@ApiTags('verify (public)')
@UseGuards(VerifyRateLimitGuard)
@Controller('verify')
export class SealVerificationController {
  constructor(private readonly verify: VerifySealUseCase) {}

  @Post('pdf')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Who sealed a PDF 控え or 決定通知書, when (the timestamp), and whether it changed (body: the PDF, ≤ 5 MB)',
  })
  @ApiConsumes('application/pdf')
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiContract({ response: sealVerificationSchema })
  pdf(@Req() request: IncomingMessage): Promise<SealVerification> {
    return this.verify.verifyPdf(request);
  }

  @Post('receipt')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Whether a receipt JSON and its seal (.p7s) are the municipality’s, unchanged, and when',
  })
  @ApiContract({ body: verifyReceiptRequestSchema, response: sealVerificationSchema })
  receipt(
    @Body(new ZodBodyPipe(verifyReceiptRequestSchema)) body: VerifyReceiptRequest,
  ): Promise<SealVerification> {
    return this.verify.verifyReceipt(body);
  }
}
