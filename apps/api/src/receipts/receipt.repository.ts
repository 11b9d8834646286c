import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ApplicationEntity,
  AttachmentEntity,
  MunicipalityEntity,
} from '@madoguchi/server-database';
import { DataSource } from 'typeorm';

import { writeAudit } from '../audit/write-audit.js';

/** The reads of a 控え: the resident's application, its municipality and its files; staff's reads audited. */
@Injectable()
export class ReceiptRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findApplicationOfResident(residentId: string, id: string): Promise<ApplicationEntity | null> {
    return this.dataSource.getRepository(ApplicationEntity).findOneBy({ id, residentId });
  }

  /** An application of the municipality (a caller that proved its right to it: the counter's link, staff). */
  findApplicationOfMunicipality(
    municipalityCode: string,
    id: string,
  ): Promise<ApplicationEntity | null> {
    return this.dataSource.getRepository(ApplicationEntity).findOneBy({ id, municipalityCode });
  }

  /** A staff member took the 控え of an application (its answers are personal data): on record. */
  async recordStaffRead(
    staff: { id: string; municipalityCode: string },
    application: ApplicationEntity,
  ): Promise<void> {
    await writeAudit(this.dataSource.manager, {
      municipalityCode: application.municipalityCode,
      actor: { kind: 'staff', id: staff.id },
      action: 'application.read',
      target: { type: 'application', id: application.id },
      detail: { document: 'receipt.pdf' },
    });
  }

  findMunicipality(code: string): Promise<MunicipalityEntity | null> {
    return this.dataSource.getRepository(MunicipalityEntity).findOneBy({ code });
  }

  listAttachments(applicationId: string): Promise<AttachmentEntity[]> {
    return this.dataSource
      .getRepository(AttachmentEntity)
      .find({ where: { applicationId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }
}
