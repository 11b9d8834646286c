import { Injectable } from '@nestjs/common';
import type { CompiledForm } from '@madoguchi/forms-schema';
import { compileForm, parseFormDefinition } from '@madoguchi/forms-schema';

import { CatalogRepository } from './catalog.repository.js';
import { catalogException } from './catalog.exception.js';

/**
 * Compiled validators by (procedure, version). Published form versions are immutable, so the
 * cache can never be stale and every replica builds the same one from the database.
 */
@Injectable()
export class FormRegistry {
  private readonly compiled = new Map<string, Promise<CompiledForm>>();

  constructor(private readonly catalog: CatalogRepository) {}

  get(procedureId: string, version: number): Promise<CompiledForm> {
    const key = `${procedureId}@${version}`;
    let entry = this.compiled.get(key);
    if (!entry) {
      entry = this.load(procedureId, version);
      this.compiled.set(key, entry);
      entry.catch(() => this.compiled.delete(key));
    }
    return entry;
  }

  private async load(procedureId: string, version: number): Promise<CompiledForm> {
    const row = await this.catalog.findFormVersion(procedureId, version);
    if (!row) {
      throw catalogException('form_version_not_found');
    }
    return compileForm(parseFormDefinition(row.definition));
  }
}
