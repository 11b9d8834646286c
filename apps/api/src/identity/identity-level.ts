import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import type { Actor } from './actor.js';
import { identityException } from './identity.exception.js';

/**
 * The one check of identity assurance: throws 403 `identity_level_insufficient` (telling the
 * resident to sign in with the My Number Card) when the session's level is below what the
 * procedure needs. Called by every use case that acts on a procedure for a resident.
 */
export function assertIdentityLevel(actor: Actor, requiredLevel: number): void {
  if (actor.identityLevel < requiredLevel) {
    throw identityException('identity_level_insufficient');
  }
}

type LevelRow = { identity_level: number };

/**
 * The identity level a procedure needs, found from what a route names: the procedure itself, a
 * draft of it or an application to it (the resident's own only). A route whose procedure is not
 * found passes: the handler then answers its own 404, so nobody learns of another's records here.
 */
@Injectable()
export class ProcedureIdentityLevels {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async assertForProcedure(
    actor: Actor,
    municipalityCode: string,
    procedureId: string,
  ): Promise<void> {
    const rows = await this.dataSource.query<LevelRow[]>(
      `SELECT identity_level FROM procedures WHERE municipality_code = $1 AND procedure_id = $2`,
      [municipalityCode, procedureId],
    );
    this.assertRows(actor, rows);
  }

  async assertForDraft(actor: Actor, draftId: string): Promise<void> {
    const rows = await this.dataSource.query<LevelRow[]>(
      `SELECT p.identity_level FROM drafts d
         JOIN procedures p ON p.municipality_code = d.municipality_code AND p.procedure_id = d.procedure_id
        WHERE d.id = $1 AND d.resident_id = $2`,
      [draftId, actor.id],
    );
    this.assertRows(actor, rows);
  }

  async assertForApplication(actor: Actor, applicationId: string): Promise<void> {
    const rows = await this.dataSource.query<LevelRow[]>(
      `SELECT p.identity_level FROM applications a
         JOIN procedures p ON p.municipality_code = a.municipality_code AND p.procedure_id = a.procedure_id
        WHERE a.id = $1 AND a.resident_id = $2`,
      [applicationId, actor.id],
    );
    this.assertRows(actor, rows);
  }

  private assertRows(actor: Actor, rows: readonly LevelRow[]): void {
    const [row] = rows;
    if (row !== undefined) {
      assertIdentityLevel(actor, row.identity_level);
    }
  }
}
