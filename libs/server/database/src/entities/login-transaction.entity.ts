import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An OpenID Connect login between the redirect to the provider and its callback (single use). */
@Entity({ name: 'login_transactions' })
export class LoginTransactionEntity {
  @PrimaryColumn({ name: 'state_hash', type: 'char', length: 64 })
  stateHash!: string;

  /** SHA-256 of the random value of the browser's login cookie: a stolen state alone is useless. */
  @Column({ name: 'browser_hash', type: 'char', length: 64 })
  browserHash!: string;

  @Column({ type: 'text' })
  audience!: 'resident' | 'staff';

  @Column({ name: 'code_verifier', type: 'text' })
  codeVerifier!: string;

  @Column({ type: 'text' })
  nonce!: string;

  /** A path of the app the login started from (checked before it was stored). */
  @Column({ name: 'return_to', type: 'text' })
  returnTo!: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;
}
