import type { Server } from 'node:http';

import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { SwaggerModule } from '@nestjs/swagger';
import { checkRuntimeRole } from '@madoguchi/server-database';
import { ApiExceptionFilter, answerClientErrorsInErrorShape } from '@madoguchi/server-util-nest';
import cookieParser from 'cookie-parser';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';

import { AppModule } from './app.module.js';
import type { Env } from './config/env.js';
import { prefixedCookieReader } from './identity/session-cookie.js';
import { buildOpenApiDocument } from './openapi/openapi-document.js';
import { compressPublicAnswers } from './public-answer-compression.js';
import { securityHeaders } from './security-headers.js';

export const API_PREFIX = 'api';

/** Builds the HTTP application; `main.ts` listens, integration tests use it in-process. */
export async function createApp(env: Env): Promise<INestApplication> {
  const app = await NestFactory.create(AppModule.register(env), {
    bufferLogs: true,
    bodyParser: true,
  });
  app.useLogger(app.get(Logger));
  await checkRuntimeRole(app.get(DataSource), {
    isProduction: env.NODE_ENV === 'production',
    warn: (message) => app.get(Logger).warn(message),
  });
  app.setGlobalPrefix(API_PREFIX);
  app.use(securityHeaders(env));
  app.use(compressPublicAnswers());
  app.use(cookieParser());
  app.use(prefixedCookieReader(env));
  app.useGlobalFilters(new ApiExceptionFilter());
  app.enableShutdownHooks();
  answerClientErrorsInErrorShape(app.getHttpServer() as Server);
  const express = app.getHttpAdapter().getInstance() as {
    disable(setting: string): void;
    set(setting: string, value: unknown): void;
  };
  express.disable('x-powered-by');
  // X-Forwarded-For is believed only from the configured proxies (TRUSTED_PROXIES): anyone else
  // could pick the address the login rate limit counts. None configured: the socket's address.
  express.set('trust proxy', env.TRUSTED_PROXIES.length > 0 ? env.TRUSTED_PROXIES : false);

  SwaggerModule.setup(`${API_PREFIX}/docs`, app, buildOpenApiDocument(app), {
    jsonDocumentUrl: `${API_PREFIX}/openapi.json`,
  });
  return app;
}
