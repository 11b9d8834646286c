import 'reflect-metadata';

import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants.js';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum.js';
import { ModulesContainer } from '@nestjs/core';
import request from 'supertest';

import type { ApiTestApp } from '../support/api-test-app.js';
import { CSRF, startApiTestApp } from '../support/api-test-app.js';
import { CHIYODA } from '../support/samples.js';

/** Where @nestjs/swagger keeps the parameters of @ApiBody (and @ApiParam, @ApiQuery) on a handler. */
const SWAGGER_PARAMETERS = 'swagger/apiParameters';

type OpenApiOperation = {
  requestBody?: {
    content: Record<string, { schema: { properties?: Record<string, unknown> } }>;
  };
};

/**
 * The OpenAPI document is what clients and the schema-aware fuzzer build requests from: a handler
 * that reads a JSON body (@Body) must document it, or no generated request can be valid (the
 * procedure finder's body was missing until #11's fuzzer could not reach it).
 */
describe('request bodies in the OpenAPI document', () => {
  let app: ApiTestApp;

  beforeAll(async () => {
    app = await startApiTestApp({ MALWARE_SCANNER: 'none' });
  });

  afterAll(async () => {
    await app.close();
  });

  it('documents the body of every handler that reads one', () => {
    // Arrange
    const undocumented: string[] = [];
    const handlers = [...app.app.get(ModulesContainer).values()].flatMap((module) =>
      [...module.controllers.values()].flatMap(({ metatype }) => {
        if (typeof metatype !== 'function') {
          return [];
        }
        const prototype = metatype.prototype as Record<string, unknown>;
        return Object.getOwnPropertyNames(prototype)
          .filter((name) => name !== 'constructor' && typeof prototype[name] === 'function')
          .map((name) => ({ controller: metatype, name, handler: prototype[name] as object }));
      }),
    );

    // Act
    for (const { controller, name, handler } of handlers) {
      const routeArguments = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, name) ??
        {}) as Record<string, unknown>;
      const readsBody = Object.keys(routeArguments).some((key) =>
        key.startsWith(`${RouteParamtypes.BODY}:`),
      );
      const parameters = (Reflect.getMetadata(SWAGGER_PARAMETERS, handler) ?? []) as {
        in?: string;
      }[];
      if (readsBody && !parameters.some((parameter) => parameter.in === 'body')) {
        undocumented.push(`${controller.name}.${name}`);
      }
    }

    // Assert
    expect(handlers.length).toBeGreaterThan(40);
    expect(undocumented).toEqual([]);
  });

  it('describes the household the procedure finder takes', async () => {
    // Act
    const document = (await request(app.http).get('/api/openapi.json').expect(200)).body as {
      paths: Record<string, Record<string, OpenApiOperation>>;
    };
    const finder = document.paths['/api/municipalities/{code}/procedure-finder']?.['post'];

    // Assert
    expect(
      finder?.requestBody?.content['application/json']?.schema.properties?.['household'],
    ).toMatchObject({ type: 'object' });
    await request(app.http)
      .post(`/api/municipalities/${CHIYODA}/procedure-finder`)
      .set(CSRF)
      .send({ household: {} })
      .expect(200);
  });
});
