import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/**
 * The only place in the worker that touches the audit chain. The worker's role reads no audit row:
 * `seal_audit_chain` (AuditChain1765500002000) reads and hashes them as the owner and does only that.
 */
@Injectable()
export class AuditChainRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Appends up to `maxRows` committed audit rows to the chain in one transaction; returns how many. */
  async seal(maxRows: number): Promise<number> {
    const [row] = await this.dataSource.query<{ sealed: number }[]>(
      'SELECT seal_audit_chain($1) AS sealed',
      [maxRows],
    );
    return row?.sealed ?? 0;
  }
}
