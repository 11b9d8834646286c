import { Injectable } from '@nestjs/common';
import type {
  ApiKey,
  ApiKeyScope,
  CreateApiKeyRequest,
  CreatedApiKey,
} from '@madoguchi/procedures-contracts';
import type { ApiKeyEntity } from '@madoguchi/server-database';

import type { StaffActor } from '../identity/actor.js';
import { generateApiKey } from './api-key-secret.js';
import { ApiKeyRepository } from './api-key.repository.js';
import { backOfficeException } from './back-office.exception.js';

export function toApiKeyDto(key: ApiKeyEntity): ApiKey {
  return {
    id: key.id,
    name: key.name,
    keyPrefix: key.keyPrefix,
    scopes: key.scopes as ApiKeyScope[],
    createdBy: key.createdBy,
    createdAt: key.createdAt.toISOString(),
    lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
    revokedAt: key.revokedAt?.toISOString() ?? null,
  };
}

/** API keys of the administrator's municipality: created (shown once), listed and revoked. */
@Injectable()
export class ApiKeysService {
  constructor(private readonly keys: ApiKeyRepository) {}

  async create(actor: StaffActor, input: CreateApiKeyRequest): Promise<CreatedApiKey> {
    requireAdmin(actor);
    const secret = generateApiKey();
    const stored = await this.keys.create(actor, input.name, [...new Set(input.scopes)], secret);
    return { apiKey: toApiKeyDto(stored), key: secret.key };
  }

  async list(actor: StaffActor): Promise<ApiKey[]> {
    requireAdmin(actor);
    return (await this.keys.list(actor.municipalityCode)).map(toApiKeyDto);
  }

  async revoke(actor: StaffActor, id: string): Promise<void> {
    requireAdmin(actor);
    const key = await this.keys.find(actor.municipalityCode, id);
    if (!key) {
      throw backOfficeException('api_key_not_found');
    }
    await this.keys.revoke(actor, key);
  }
}

function requireAdmin(actor: StaffActor): void {
  if (actor.staffRole !== 'admin') {
    throw backOfficeException('admin_only');
  }
}
