import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { WatchRelationshipEntity } from '@madoguchi/server-database';
import { DataSource, In, Not } from 'typeorm';

/** The only place that touches 見守り relationships. */
@Injectable()
export class WatchRelationshipRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private get repository() {
    return this.dataSource.getRepository(WatchRelationshipEntity);
  }

  async insert(relationship: WatchRelationshipEntity): Promise<WatchRelationshipEntity> {
    await this.repository.insert(relationship);
    return this.repository.findOneByOrFail({ id: relationship.id });
  }

  findByCodeHash(invitationCodeHash: string): Promise<WatchRelationshipEntity | null> {
    return this.repository.findOneBy({ invitationCodeHash });
  }

  findById(id: string): Promise<WatchRelationshipEntity | null> {
    return this.repository.findOneBy({ id });
  }

  listAsResident(residentId: string): Promise<WatchRelationshipEntity[]> {
    return this.repository.find({
      where: { residentId, status: In(['invited', 'active']) },
      order: { invitedAt: 'DESC' },
    });
  }

  listAsWatcher(watcherId: string): Promise<WatchRelationshipEntity[]> {
    return this.repository.find({
      where: { watcherId, status: Not('ended') },
      order: { invitedAt: 'DESC' },
    });
  }

  /** Compare-and-set: accepts only a pending, unexpired invitation (two acceptances race: one wins). */
  async accept(id: string, watcherId: string, watcherName: string, now: Date): Promise<boolean> {
    const [, affected]: [unknown, number] = await this.dataSource.query(
      `UPDATE watch_relationships SET status = 'active', watcher_id = $2, watcher_name = $3, accepted_at = $4
        WHERE id = $1 AND status = 'invited' AND expires_at > $4 AND resident_id <> $2`,
      [id, watcherId, watcherName, now],
    );
    return affected === 1;
  }

  async end(id: string, endedBy: string, now: Date): Promise<boolean> {
    const [, affected]: [unknown, number] = await this.dataSource.query(
      `UPDATE watch_relationships SET status = 'ended', ended_at = $3, ended_by = $2
        WHERE id = $1 AND status <> 'ended' AND (resident_id = $2 OR watcher_id = $2)`,
      [id, endedBy, now],
    );
    return affected === 1;
  }
}
