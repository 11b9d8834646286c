import type { CanActivate, ExecutionContext } from '@nestjs/common';
import { Injectable, SetMetadata, createParamDecorator } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { ApiKeyScope } from '@madoguchi/procedures-contracts';

import { hashApiKey, readBearerKey } from './api-key-secret.js';
import { ApiKeyRepository } from './api-key.repository.js';
import { backOfficeException } from './back-office.exception.js';

/** The back-office system calling: its key's id, municipality and scopes. */
export type BackOfficeCaller = {
  keyId: string;
  municipalityCode: string;
  scopes: readonly ApiKeyScope[];
};

type BackOfficeRequest = {
  headers: Record<string, string | string[] | undefined>;
  backOfficeCaller?: BackOfficeCaller;
};
type HeaderResponse = { setHeader(name: string, value: string): void };

const REQUIRED_SCOPE = 'madoguchi:required-api-key-scope';

/** The scope a back-office route needs. */
export const RequireScope = (scope: ApiKeyScope): MethodDecorator =>
  SetMetadata(REQUIRED_SCOPE, scope);

/** The caller the guard resolved from the bearer key. */
export const CurrentBackOfficeCaller = createParamDecorator(
  (_data: unknown, context: ExecutionContext): BackOfficeCaller => {
    const caller = context.switchToHttp().getRequest<BackOfficeRequest>().backOfficeCaller;
    if (!caller) {
      throw new Error('CurrentBackOfficeCaller used on a route without BackOfficeKeyGuard');
    }
    return caller;
  },
);

/**
 * `Authorization: Bearer <key>`: a live key of the municipality with the route's scope. Only the
 * key's SHA-256 is looked up; a revoked key answers 401 at once.
 */
@Injectable()
export class BackOfficeKeyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly keys: ApiKeyRepository,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<BackOfficeRequest>();
    const response = context.switchToHttp().getResponse<HeaderResponse>();
    const authorization = request.headers.authorization;
    const key = readBearerKey(typeof authorization === 'string' ? authorization : undefined);
    if (!key) {
      response.setHeader('WWW-Authenticate', 'Bearer realm="madoguchi-back-office"');
      throw backOfficeException(
        authorization === undefined ? 'api_key_required' : 'invalid_api_key',
      );
    }
    const stored = await this.keys.findActiveByHash(hashApiKey(key));
    if (!stored) {
      response.setHeader(
        'WWW-Authenticate',
        'Bearer realm="madoguchi-back-office", error="invalid_token"',
      );
      throw backOfficeException('invalid_api_key');
    }
    const scopes = stored.scopes as ApiKeyScope[];
    const required = this.reflector.get<ApiKeyScope | undefined>(
      REQUIRED_SCOPE,
      context.getHandler(),
    );
    if (required !== undefined && !scopes.includes(required)) {
      response.setHeader(
        'WWW-Authenticate',
        `Bearer realm="madoguchi-back-office", error="insufficient_scope", scope="${required}"`,
      );
      throw backOfficeException('insufficient_scope');
    }
    await this.keys.touch(stored.id);
    request.backOfficeCaller = {
      keyId: stored.id,
      municipalityCode: stored.municipalityCode,
      scopes,
    };
    return true;
  }
}
