import { createHash } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import type {
  EmailConfirmationResult,
  EmailConfirmationToken,
  NotificationContactView,
} from '@madoguchi/notifications-contracts';
import {
  EMAIL_CONFIRMATION_MAX_REQUESTS_PER_DAY,
  EMAIL_CONFIRMATION_RESEND_INTERVAL_SECONDS,
} from '@madoguchi/notifications-contracts';

import type { ResidentActor } from '../identity/actor.js';
import { emailConfirmationException } from './email-confirmation.exception.js';
import type { EmailConfirmationRow } from './email-confirmation.repository.js';
import { EmailConfirmationRepository } from './email-confirmation.repository.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The token's SHA-256, as the worker stored it when it sent the mail. */
export function hashEmailConfirmationToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** When the confirmation mail may be asked for again (null: now), by the once-a-minute and the daily limits. */
export function nextResendTime(row: EmailConfirmationRow, now: Date): Date | null {
  const byInterval = new Date(
    row.lastRequestedAt.getTime() + EMAIL_CONFIRMATION_RESEND_INTERVAL_SECONDS * 1000,
  );
  const windowEnds = new Date(row.windowStartedAt.getTime() + DAY_MS);
  const byDay =
    row.requestCount >= EMAIL_CONFIRMATION_MAX_REQUESTS_PER_DAY && windowEnds > now
      ? windowEnds
      : null;
  const next = byDay && byDay > byInterval ? byDay : byInterval;
  return next > now ? next : null;
}

/**
 * Double opt-in of e-mail addresses (issue #11): a resident's address is confirmed by the link of
 * the mail it was sent; the person a proxy form named confirms or declines the same way. A link
 * works once, for EMAIL_CONFIRMATION_TOKEN_TTL_HOURS, and only while its address is current.
 */
@Injectable()
export class EmailConfirmationService {
  constructor(private readonly confirmations: EmailConfirmationRepository) {}

  async contactView(actor: ResidentActor, email: string | null): Promise<NotificationContactView> {
    if (email === null) {
      return { email: null, confirmation: null, canResendAt: null };
    }
    const row = await this.confirmations.findCurrent(actor.id);
    if (row?.email === email && row.confirmedAt !== null) {
      return { email, confirmation: 'confirmed', canResendAt: null };
    }
    const next = row?.email === email ? nextResendTime(row, new Date()) : null;
    return { email, confirmation: 'pending', canResendAt: next?.toISOString() ?? null };
  }

  /** A new or changed address starts unconfirmed, with one confirmation mail; the same address again changes nothing. */
  async replaceEmail(
    actor: ResidentActor,
    currentEmail: string | null,
    email: string | null,
  ): Promise<void> {
    if (email === currentEmail) {
      return;
    }
    const now = new Date();
    if (
      email !== null &&
      (await this.confirmations.countRequestsSince(actor.id, new Date(now.getTime() - DAY_MS))) >=
        EMAIL_CONFIRMATION_MAX_REQUESTS_PER_DAY * 2
    ) {
      // Changing the address is a way to ask for mails too: it has a (looser) daily cap.
      throw emailConfirmationException('email_confirmation_rate_limited');
    }
    await this.confirmations.replaceResidentEmail(actor.id, email, now);
  }

  async resend(actor: ResidentActor, currentEmail: string | null): Promise<void> {
    const row = await this.confirmations.findCurrent(actor.id);
    if (!row || currentEmail === null || row.email !== currentEmail || row.confirmedAt !== null) {
      throw emailConfirmationException('email_confirmation_not_pending');
    }
    const now = new Date();
    if (nextResendTime(row, now) !== null) {
      throw emailConfirmationException('email_confirmation_rate_limited');
    }
    const isNewWindow = row.windowStartedAt.getTime() + DAY_MS <= now.getTime();
    await this.confirmations.requestAgain(
      actor.id,
      row,
      isNewWindow ? 1 : row.requestCount + 1,
      isNewWindow ? now : row.windowStartedAt,
      now,
    );
  }

  confirm(input: EmailConfirmationToken): Promise<EmailConfirmationResult> {
    return this.use(input, 'confirm');
  }

  decline(input: EmailConfirmationToken): Promise<EmailConfirmationResult> {
    return this.use(input, 'decline');
  }

  private async use(
    input: EmailConfirmationToken,
    action: 'confirm' | 'decline',
  ): Promise<EmailConfirmationResult> {
    const outcome = await this.confirmations.useToken(
      hashEmailConfirmationToken(input.token),
      action,
      new Date(),
    );
    switch (outcome.kind) {
      case 'done':
        return {
          ownerKind: outcome.ownerKind,
          status: action === 'confirm' ? 'confirmed' : 'declined',
        };
      case 'expired':
        throw emailConfirmationException('email_confirmation_expired');
      case 'invalid':
        throw emailConfirmationException('email_confirmation_invalid');
    }
  }
}
