import { Injectable } from '@nestjs/common';

import { counterException } from './counter.exception.js';
import type { CounterConfirmationRow } from './counter.repository.js';
import { CounterRepository } from './counter.repository.js';
import {
  COUNTER_RECEIPT_WINDOW_MS,
  hashCounterToken,
  isCounterTokenShape,
} from './counter-token.js';

/** The checks of a confirmation link, the same for showing it and for confirming it. */
@Injectable()
export class CounterTokens {
  constructor(private readonly counter: CounterRepository) {}

  /** The confirmation a token names and its municipality, or `counter_token_invalid`. */
  async findTenant(token: string): Promise<{ id: string; municipalityCode: string }> {
    const tenant = isCounterTokenShape(token)
      ? await this.counter.findTenantOfToken(hashCounterToken(token))
      : null;
    if (!tenant) {
      throw counterException('counter_token_invalid');
    }
    return tenant;
  }

  /** Refuses a link already used (the application is confirmed) or past its ten minutes. */
  requireUsable(confirmation: CounterConfirmationRow | null): CounterConfirmationRow {
    if (!confirmation) {
      throw counterException('counter_token_invalid');
    }
    if (confirmation.status === 'confirmed') {
      throw counterException('counter_token_used');
    }
    if (confirmation.status === 'cancelled') {
      throw counterException('counter_cancelled');
    }
    if (confirmation.tokenExpiresAt.getTime() <= Date.now()) {
      throw counterException('counter_token_expired');
    }
    return confirmation;
  }

  /**
   * After confirming, the same link downloads the 控え for a short while only
   * (COUNTER_RECEIPT_WINDOW_MS): the token never becomes a lasting key to the application.
   */
  requireReceiptWindow(
    confirmation: CounterConfirmationRow | null,
  ): CounterConfirmationRow & { confirmedAt: Date } {
    if (!confirmation) {
      throw counterException('counter_token_invalid');
    }
    if (confirmation.status === 'cancelled') {
      throw counterException('counter_cancelled');
    }
    const { confirmedAt } = confirmation;
    if (confirmation.status !== 'confirmed' || confirmedAt === null) {
      throw counterException('counter_not_confirmed');
    }
    if (confirmedAt.getTime() + COUNTER_RECEIPT_WINDOW_MS <= Date.now()) {
      throw counterException('counter_receipt_unavailable');
    }
    return { ...confirmation, confirmedAt };
  }
}
