import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ApiKeyScope } from '@madoguchi/procedures-contracts';
import { ApiKeyEntity } from '@madoguchi/server-database';
import { DataSource, IsNull } from 'typeorm';

import { writeAudit } from '../audit/write-audit.js';
import type { StaffActor } from '../identity/actor.js';
import type { NewApiKeySecret } from './api-key-secret.js';

/** What the back-office guard learns of a key: whose it is and what it may do. */
export type AuthenticatedApiKey = Pick<ApiKeyEntity, 'id' | 'municipalityCode' | 'scopes'>;

/** The only place that touches `api_keys`. */
@Injectable()
export class ApiKeyRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Stores a new key (its hash only) with the audit row, in one transaction. */
  async create(
    actor: StaffActor,
    name: string,
    scopes: readonly ApiKeyScope[],
    secret: NewApiKeySecret,
  ): Promise<ApiKeyEntity> {
    return this.dataSource.transaction(async (manager) => {
      const id = randomUUID();
      await manager.insert(ApiKeyEntity, {
        id,
        municipalityCode: actor.municipalityCode,
        name,
        keyPrefix: secret.keyPrefix,
        keyHash: secret.keyHash,
        scopes: [...scopes],
        createdBy: actor.id,
      });
      await writeAudit(manager, {
        municipalityCode: actor.municipalityCode,
        actor,
        action: 'api_key.create',
        target: { type: 'api_key', id },
        detail: { name, scopes: [...scopes], keyPrefix: secret.keyPrefix },
      });
      return manager.findOneByOrFail(ApiKeyEntity, { id });
    });
  }

  list(municipalityCode: string): Promise<ApiKeyEntity[]> {
    return this.dataSource
      .getRepository(ApiKeyEntity)
      .find({ where: { municipalityCode }, order: { createdAt: 'DESC' }, take: 200 });
  }

  find(municipalityCode: string, id: string): Promise<ApiKeyEntity | null> {
    return this.dataSource.getRepository(ApiKeyEntity).findOneBy({ id, municipalityCode });
  }

  /** Revokes a key (idempotent: the first revocation time stays) with the audit row. */
  async revoke(actor: StaffActor, key: ApiKeyEntity): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.update(
        ApiKeyEntity,
        { id: key.id, revokedAt: IsNull() },
        { revokedAt: new Date() },
      );
      await writeAudit(manager, {
        municipalityCode: actor.municipalityCode,
        actor,
        action: 'api_key.revoke',
        target: { type: 'api_key', id: key.id },
        detail: { keyPrefix: key.keyPrefix },
      });
    });
  }

  /**
   * The live key with this hash, if any. Asked before the municipality is known, so through a
   * function of the owner that reads only this (row-level security hides every key until then).
   */
  async findActiveByHash(keyHash: string): Promise<AuthenticatedApiKey | null> {
    const rows = await this.dataSource.query<AuthenticatedApiKey[]>(
      'SELECT id, municipality_code AS "municipalityCode", scopes FROM authenticate_api_key($1)',
      [keyHash],
    );
    return rows[0] ?? null;
  }

  /** Records the use of a key, at most once a minute per key (no write on every request). */
  async touch(id: string): Promise<void> {
    await this.dataSource.query('SELECT touch_api_key($1)', [id]);
  }
}
