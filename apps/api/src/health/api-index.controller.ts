import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';

/** The version the API and its OpenAPI document announce. */
export const API_VERSION = '0.1.0';

export type ApiIndex = {
  name: string;
  version: string;
  links: { health: string; docs: string; openapi: string };
};

const API_INDEX: ApiIndex = {
  name: 'Madoguchi API',
  version: API_VERSION,
  links: { health: '/api/health', docs: '/api/docs', openapi: '/api/openapi.json' },
};

/** `/api` itself: what this is and where to look next, for a person who opens the URL. No session needed. */
@ApiTags('operations')
@Controller()
export class ApiIndexController {
  @Get()
  @ApiOperation({ summary: 'Names the API and links its health check and documentation' })
  describe(): ApiIndex {
    return API_INDEX;
  }
}
