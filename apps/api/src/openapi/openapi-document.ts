import type { INestApplication } from '@nestjs/common';
import type { OpenAPIObject } from '@nestjs/swagger';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

import { API_VERSION } from '../health/api-index.controller.js';

/**
 * The OpenAPI 3.1 document of the API. Nest builds it (routes, parameters, tags); request and
 * response bodies come from the zod contracts as JSON Schema 2020-12 (see ApiContract), which is
 * what OpenAPI 3.1 uses, so the version is declared as such.
 */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Madoguchi API')
      .setDescription(
        'The procedure engine of Madoguchi (窓口): catalog, applications, workflow, attachments and notifications. ' +
          'Errors always have the shape { error: { code, message: { ja, en }, fields: [{ path, code, message }] } }. ' +
          'State-changing requests need the header x-madoguchi-csrf.',
      )
      .setVersion(API_VERSION)
      .addCookieAuth('madoguchi_session')
      .addBearerAuth(
        {
          type: 'http',
          scheme: 'bearer',
          description: 'Back-office API key (mdg_bo_…), created by a staff administrator',
        },
        'back-office-key',
      )
      .build(),
  );
  return {
    ...document,
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
  } as OpenAPIObject;
}
