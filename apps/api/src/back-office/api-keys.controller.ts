import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ApiKey, CreateApiKeyRequest, CreatedApiKey } from '@madoguchi/procedures-contracts';
import {
  apiKeySchema,
  createApiKeyRequestSchema,
  createdApiKeySchema,
} from '@madoguchi/procedures-contracts';
import { ZodBodyPipe } from '@madoguchi/server-util-nest';
import { z } from 'zod';

import { UuidParamPipe } from '../common/uuid-param.pipe.js';
import type { StaffActor } from '../identity/actor.js';
import { Authenticated, CurrentActor } from '../identity/authenticated.decorator.js';
import { ApiContract } from '../openapi/api-contract.decorator.js';
import { ApiKeysService } from './api-keys.service.js';

@ApiTags('back-office API keys (staff administrators)')
@Authenticated('staff')
@Controller('staff/api-keys')
export class ApiKeysController {
  constructor(private readonly apiKeys: ApiKeysService) {}

  @Post()
  @ApiOperation({
    summary: 'Creates a back-office API key for the municipality; the key is in this answer only',
  })
  @ApiContract({ body: createApiKeyRequestSchema, response: createdApiKeySchema, status: 201 })
  create(
    @CurrentActor() actor: StaffActor,
    @Body(new ZodBodyPipe(createApiKeyRequestSchema)) body: CreateApiKeyRequest,
  ): Promise<CreatedApiKey> {
    return this.apiKeys.create(actor, body);
  }

  @Get()
  @ApiOperation({
    summary: "The municipality's API keys (prefix, scopes, last use; never the key)",
  })
  @ApiContract({ response: z.array(apiKeySchema) })
  list(@CurrentActor() actor: StaffActor): Promise<ApiKey[]> {
    return this.apiKeys.list(actor);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Revokes an API key at once' })
  @ApiContract({ status: 204 })
  revoke(@CurrentActor() actor: StaffActor, @Param('id', UuidParamPipe) id: string): Promise<void> {
    return this.apiKeys.revoke(actor, id);
  }
}
