import { Injectable } from '@nestjs/common';
import type { CompiledForm } from '@madoguchi/forms-schema';
import { compileForm, parseFormDefinition } from '@madoguchi/forms-schema';

import { CatalogRepository } from './catalog.repository.js';
import { catalogException } from './catalog.exception.js';

/**
 * Compiled validators of municipalities' effective forms (standard version + overlay), by
 * (municipality, procedure, effective version). Published versions are immutable, so the cache
 * can never be stale and every replica builds the same one from the database.
 * `definition.version` of a compiled form is the standard (base) version under it.
 */
@Injectable()
export class FormRegistry {
  private readonly compiled = new Map<string, Promise<CompiledForm>>();

  constructor(private readonly catalog: CatalogRepository) {}

  get(municipalityCode: string, procedureId: string, version: number): Promise<CompiledForm> {
    const key = `${municipalityCode}:${procedureId}@${version}`;
    let entry = this.compiled.get(key);
    if (!entry) {
      entry = this.load(municipalityCode, procedureId, version);
      this.compiled.set(key, entry);
      entry.catch(() => this.compiled.delete(key));
    }
    return entry;
  }

  private async load(
    municipalityCode: string,
    procedureId: string,
    version: number,
  ): Promise<CompiledForm> {
    const row = await this.catalog.findEffectiveForm(municipalityCode, procedureId, version);
    if (!row) {
      throw catalogException('form_version_not_found');
    }
    return compileForm(parseFormDefinition(row.definition));
  }
}
