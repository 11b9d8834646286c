import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type {
  SigningRequestStarted,
  SigningResult,
  StartSigningRequest,
} from '@madoguchi/procedures-contracts';
import {
  signingRequestStartedSchema,
  signingResultSchema,
  startSigningRequestSchema,
} from '@madoguchi/procedures-contracts';
import { ZodBodyPipe } from '@madoguchi/server-util-nest';

import { UuidParamPipe } from '../common/uuid-param.pipe.js';
import type { ResidentActor } from '../identity/actor.js';
import { Authenticated, CurrentActor } from '../identity/authenticated.decorator.js';
import { RequireProcedureIdentityLevel } from '../identity/procedure-identity-level.interceptor.js';
import { ApiContract } from '../openapi/api-contract.decorator.js';
import { SignaturesService } from './signatures.service.js';

@ApiTags('signatures (マイナンバーカードで署名)')
@Authenticated('resident')
@Controller('me/signature-requests')
export class SignaturesController {
  constructor(private readonly signatures: SignaturesService) {}

  @Post()
  @RequireProcedureIdentityLevel('body')
  @ApiOperation({
    summary:
      'Starts signing what is about to be submitted: answers the signing service page to send the resident to',
  })
  @ApiContract({
    body: startSigningRequestSchema,
    response: signingRequestStartedSchema,
    status: 201,
  })
  start(
    @CurrentActor() actor: ResidentActor,
    @Body(new ZodBodyPipe(startSigningRequestSchema)) body: StartSigningRequest,
  ): Promise<SigningRequestStarted> {
    return this.signatures.start(actor, body);
  }

  @Post(':id/complete')
  @HttpCode(200)
  @ApiOperation({
    summary: 'After the resident confirmed on the signer: fetches and verifies the CMS signature',
  })
  @ApiContract({ response: signingResultSchema })
  complete(
    @CurrentActor() actor: ResidentActor,
    @Param('id', UuidParamPipe) id: string,
  ): Promise<SigningResult> {
    return this.signatures.complete(actor, id);
  }
}
