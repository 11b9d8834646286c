import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LoginTransactionEntity } from '@madoguchi/server-database';
import { DataSource, LessThan } from 'typeorm';

export type NewLoginTransaction = Omit<LoginTransactionEntity, 'createdAt'>;

type TakenRow = {
  browser_hash: string;
  audience: LoginTransactionEntity['audience'];
  code_verifier: string;
  nonce: string;
  return_to: string;
  created_at: Date;
  expires_at: Date;
};

/** The only place that touches `login_transactions`. */
@Injectable()
export class LoginTransactionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(transaction: NewLoginTransaction): Promise<void> {
    const repository = this.dataSource.getRepository(LoginTransactionEntity);
    await repository.insert(transaction);
    // Logins abandoned at the provider are swept here, without a scheduler.
    await repository.delete({ expiresAt: LessThan(new Date()) });
  }

  /** Deletes and returns the login of this state: a callback can be used once, even by two replicas at once. */
  async take(stateHash: string): Promise<LoginTransactionEntity | null> {
    const runner = this.dataSource.createQueryRunner();
    try {
      const result = await runner.query(
        `DELETE FROM login_transactions WHERE state_hash = $1
         RETURNING browser_hash, audience, code_verifier, nonce, return_to, created_at, expires_at`,
        [stateHash],
        true,
      );
      const row = (result.records as TakenRow[])[0];
      if (!row) {
        return null;
      }
      return {
        stateHash,
        browserHash: row.browser_hash,
        audience: row.audience,
        codeVerifier: row.code_verifier,
        nonce: row.nonce,
        returnTo: row.return_to,
        createdAt: row.created_at,
        expiresAt: row.expires_at,
      };
    } finally {
      await runner.release();
    }
  }
}
