import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LoginTransactionEntity } from '@madoguchi/server-database';
import { DataSource, LessThan } from 'typeorm';

export type NewLoginTransaction = Omit<LoginTransactionEntity, 'createdAt'>;

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
    const result = await this.dataSource
      .createQueryBuilder()
      .delete()
      .from(LoginTransactionEntity)
      .where('state_hash = :stateHash', { stateHash })
      .returning(['browser_hash', 'audience', 'code_verifier', 'nonce', 'return_to', 'created_at', 'expires_at'])
      .execute();
    const rows = result.raw as {
      browser_hash: string;
      audience: LoginTransactionEntity['audience'];
      code_verifier: string;
      nonce: string;
      return_to: string;
      created_at: Date;
      expires_at: Date;
    }[];
    const row = rows[0];
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
      createdAt: new Date(row.created_at),
      expiresAt: new Date(row.expires_at),
    };
  }
}
