import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApplicationEntity, AttachmentEntity } from '@madoguchi/server-database';
import type { EntityManager } from 'typeorm';
import { DataSource, In } from 'typeorm';

import { writeAudit } from '../audit/write-audit.js';
import type { StaffActor } from '../identity/actor.js';

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type NewAttachment = Omit<AttachmentEntity, 'applicationId' | 'createdAt'>;

/** The only place that touches the attachments table. */
@Injectable()
export class AttachmentRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(attachment: NewAttachment): Promise<AttachmentEntity> {
    const repository = this.dataSource.getRepository(AttachmentEntity);
    await repository.insert({ ...attachment, applicationId: null });
    return repository.findOneByOrFail({ id: attachment.id });
  }

  findById(id: string): Promise<AttachmentEntity | null> {
    return this.dataSource.getRepository(AttachmentEntity).findOneBy({ id });
  }

  /** The rows of these ids; an id that is not a UUID cannot be one of ours and is skipped (no SQL error). */
  findByIds(ids: readonly string[]): Promise<AttachmentEntity[]> {
    const uuids = ids.filter((id) => UUID_PATTERN.test(id));
    return uuids.length === 0
      ? Promise.resolve([])
      : this.dataSource.getRepository(AttachmentEntity).findBy({ id: In(uuids) });
  }

  /** The attachment if a submitted application of the staff member's municipality references it. */
  findForMunicipality(municipalityCode: string, id: string): Promise<AttachmentEntity | null> {
    return this.dataSource
      .getRepository(AttachmentEntity)
      .createQueryBuilder('attachment')
      .innerJoin(ApplicationEntity, 'application', 'application.id = attachment.application_id')
      .where('attachment.id = :id', { id })
      .andWhere('application.municipality_code = :municipalityCode', { municipalityCode })
      .getOne();
  }

  /** The files linked to this application, oldest first (the caller checked the application is readable). */
  findByApplication(applicationId: string): Promise<AttachmentEntity[]> {
    return this.dataSource
      .getRepository(AttachmentEntity)
      .find({ where: { applicationId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** Deletes the resident's attachment unless an application took it meanwhile; false if nothing was deleted. */
  async deleteUnlinked(residentId: string, id: string): Promise<boolean> {
    const result = await this.dataSource
      .createQueryBuilder()
      .delete()
      .from(AttachmentEntity)
      .where('id = :id AND resident_id = :residentId AND application_id IS NULL', {
        id,
        residentId,
      })
      .execute();
    return result.affected === 1;
  }

  /**
   * Links unlinked attachments to an application in the caller's transaction, only where owner,
   * municipality, procedure and form version match the application's. Returns how many it linked.
   */
  async link(
    manager: EntityManager,
    applicationId: string,
    ids: readonly string[],
  ): Promise<number> {
    if (ids.length === 0) {
      return 0;
    }
    const result = await manager
      .createQueryBuilder()
      .update(AttachmentEntity)
      .set({ applicationId })
      .where('id IN (:...ids) AND application_id IS NULL', { ids: [...ids] })
      .andWhere(
        `(resident_id, municipality_code, procedure_id, form_version) =
           (SELECT resident_id, municipality_code, procedure_id, form_version FROM applications WHERE id = :applicationId)`,
        { applicationId },
      )
      .execute();
    return result.affected ?? 0;
  }

  /**
   * Gives unlinked attachments of `fromOwner` to `toOwner` in the caller's transaction
   * (書かない窓口: a counter application claims the files staff scanned, then the resident
   * confirming signed in takes them). Returns how many it moved.
   */
  async reassign(
    manager: EntityManager,
    ids: readonly string[],
    fromOwner: string,
    toOwner: string,
  ): Promise<number> {
    if (ids.length === 0) {
      return 0;
    }
    const result = await manager
      .createQueryBuilder()
      .update(AttachmentEntity)
      .set({ residentId: toOwner })
      .where('id IN (:...ids) AND resident_id = :fromOwner AND application_id IS NULL', {
        ids: [...ids],
        fromOwner,
      })
      .execute();
    return result.affected ?? 0;
  }

  async recordStaffDownload(actor: StaffActor, attachment: AttachmentEntity): Promise<void> {
    await writeAudit(this.dataSource.manager, {
      municipalityCode: actor.municipalityCode,
      actor: { kind: 'staff', id: actor.id },
      action: 'attachment.download',
      target: { type: 'attachment', id: attachment.id },
      detail: { applicationId: attachment.applicationId, slotId: attachment.slotId },
    });
  }
}
