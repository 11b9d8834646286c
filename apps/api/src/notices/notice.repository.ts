import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ApplicationEntity,
  ApplicationEventEntity,
  MunicipalityEntity,
} from '@madoguchi/server-database';
import { DataSource, In } from 'typeorm';

/** The reads of a 決定通知書: the application, its decision event and its municipality. */
@Injectable()
export class NoticeRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findApplicationOfResident(residentId: string, id: string): Promise<ApplicationEntity | null> {
    return this.dataSource.getRepository(ApplicationEntity).findOneBy({ id, residentId });
  }

  findApplicationOfMunicipality(
    municipalityCode: string,
    id: string,
  ): Promise<ApplicationEntity | null> {
    return this.dataSource.getRepository(ApplicationEntity).findOneBy({ id, municipalityCode });
  }

  /** The latest move to 処理完了 or 却下: its time and the message to the resident. */
  findDecision(applicationId: string): Promise<ApplicationEventEntity | null> {
    return this.dataSource.getRepository(ApplicationEventEntity).findOne({
      where: { applicationId, toStatus: In(['completed', 'rejected']) },
      order: { occurredAt: 'DESC' },
    });
  }

  findMunicipality(code: string): Promise<MunicipalityEntity | null> {
    return this.dataSource.getRepository(MunicipalityEntity).findOneBy({ code });
  }
}
