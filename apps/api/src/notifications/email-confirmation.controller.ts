import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type {
  EmailConfirmationResult,
  EmailConfirmationToken,
} from '@madoguchi/notifications-contracts';
import {
  emailConfirmationResultSchema,
  emailConfirmationTokenSchema,
} from '@madoguchi/notifications-contracts';
import { ZodBodyPipe } from '@madoguchi/server-util-nest';

import { ApiContract } from '../openapi/api-contract.decorator.js';
import { EmailConfirmationService } from './email-confirmation.service.js';

/**
 * The landing page of a confirmation mail posts its token here. No sign-in: the person a proxy
 * form named has no account, and the token (256 random bits, single use) is the proof. A POST,
 * not the mail's GET: a mail scanner that opens links confirms nothing.
 */
@ApiTags('notifications')
@Controller('email-confirmations')
export class EmailConfirmationController {
  constructor(private readonly confirmations: EmailConfirmationService) {}

  @Post('confirm')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Confirms the e-mail address a confirmation mail was sent to (its token, once)',
  })
  @ApiContract({ body: emailConfirmationTokenSchema, response: emailConfirmationResultSchema })
  confirm(
    @Body(new ZodBodyPipe(emailConfirmationTokenSchema)) body: EmailConfirmationToken,
  ): Promise<EmailConfirmationResult> {
    return this.confirmations.confirm(body);
  }

  @Post('decline')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Declines: the address a confirmation mail was sent to is never mailed again for it',
  })
  @ApiContract({ body: emailConfirmationTokenSchema, response: emailConfirmationResultSchema })
  decline(
    @Body(new ZodBodyPipe(emailConfirmationTokenSchema)) body: EmailConfirmationToken,
  ): Promise<EmailConfirmationResult> {
    return this.confirmations.decline(body);
  }
}
