import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DraftEntity } from '@madoguchi/server-database';
import { Repository } from 'typeorm';

import { writeAudit } from '../audit/write-audit.js';

/** The only place that touches the drafts table; every query is scoped to the resident. */
@Injectable()
export class DraftRepository {
  constructor(@InjectRepository(DraftEntity) private readonly drafts: Repository<DraftEntity>) {}

  // TypeORM's partial-entity types cannot follow a jsonb column of arbitrary answers, hence save().
  async insert(draft: Omit<DraftEntity, 'createdAt' | 'updatedAt'>): Promise<DraftEntity> {
    await this.drafts.save(this.drafts.create(draft));
    return this.drafts.findOneByOrFail({ id: draft.id });
  }

  async update(
    residentId: string,
    id: string,
    changes: Pick<DraftEntity, 'answers' | 'stepId'>,
  ): Promise<DraftEntity | null> {
    const existing = await this.drafts.findOneBy({ id, residentId });
    if (!existing) {
      return null;
    }
    // Replaced, not merged: answers the resident cleared must go.
    existing.answers = changes.answers;
    existing.stepId = changes.stepId;
    existing.updatedAt = new Date();
    return this.drafts.save(existing);
  }

  /** Moves a draft to a newer form version with its migrated answers, and the audit row. */
  async migrate(
    draft: DraftEntity,
    formVersion: number,
    answers: Record<string, unknown>,
  ): Promise<DraftEntity> {
    return this.drafts.manager.transaction(async (manager) => {
      const repository = manager.getRepository(DraftEntity);
      const from = draft.formVersion;
      draft.formVersion = formVersion;
      draft.answers = answers;
      draft.updatedAt = new Date();
      const saved = await repository.save(draft);
      await writeAudit(manager, {
        municipalityCode: draft.municipalityCode,
        actor: { kind: 'resident', id: draft.residentId },
        action: 'draft.migrate',
        target: { type: 'draft', id: draft.id },
        detail: { procedureId: draft.procedureId, fromVersion: from, toVersion: formVersion },
      });
      return saved;
    });
  }

  find(residentId: string, id: string): Promise<DraftEntity | null> {
    return this.drafts.findOneBy({ id, residentId });
  }

  list(residentId: string): Promise<DraftEntity[]> {
    return this.drafts.find({ where: { residentId }, order: { updatedAt: 'DESC' }, take: 100 });
  }

  async delete(residentId: string, id: string): Promise<boolean> {
    const result = await this.drafts.delete({ id, residentId });
    return (result.affected ?? 0) > 0;
  }
}
