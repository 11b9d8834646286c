import { createHash, randomBytes } from 'node:crypto';

import type { OnApplicationShutdown } from '@nestjs/common';
import { Inject, Injectable } from '@nestjs/common';
import {
  EMAIL_CONFIRMATION_PATH,
  EMAIL_CONFIRMATION_TOKEN_TTL_HOURS,
} from '@madoguchi/notifications-contracts';
import type { Transporter } from 'nodemailer';
import { createTransport } from 'nodemailer';

import type { WorkerEnv } from '../../config/env.js';
import type { Clock } from '../../infrastructure/clock.js';
import { CLOCK } from '../../infrastructure/clock.js';
import { WORKER_ENV } from '../../infrastructure/tokens.js';
import type { EmailAddressAtSendTime } from '../../recipients/email-address-book.js';
import { EmailAddressBook } from '../../recipients/email-address-book.js';
import { composeConfirmationMail } from './email-confirmation-message.js';
import type {
  ChannelResult,
  NotificationChannel,
  OutgoingMessage,
} from './notification-channel.js';

type Mail = { to: string; subject: string; text: string };

function smtpResponseCode(error: unknown): number | undefined {
  return typeof error === 'object' &&
    error !== null &&
    'responseCode' in error &&
    typeof error.responseCode === 'number'
    ? error.responseCode
    : undefined;
}

/**
 * E-mail over SMTP (nodemailer, pooled). 5xx answers are permanent; 4xx and network errors retry.
 * The address is read when sending (EmailAddressBook): a removed or unconfirmed one is `skipped`
 * with why. A confirmation mail gets a fresh token here; only its SHA-256 is stored.
 */
@Injectable()
export class EmailChannel implements NotificationChannel, OnApplicationShutdown {
  readonly channel = 'email' as const;
  private readonly transport: Transporter;

  constructor(
    @Inject(WORKER_ENV) private readonly env: WorkerEnv,
    private readonly addresses: EmailAddressBook,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    // Bounded timeouts: a send must end within the delivery's lease (DELIVERY_SENDING_LEASE_MS).
    const timeout = env.SMTP_TIMEOUT_MS;
    this.transport = createTransport(env.SMTP_URL, {
      pool: true,
      maxConnections: 4,
      connectionTimeout: timeout,
      greetingTimeout: timeout,
      socketTimeout: timeout,
    } as Record<string, unknown>);
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }

  async send(messages: readonly OutgoingMessage[]): Promise<ChannelResult[]> {
    const addresses = await this.addresses.resolve(messages.map((message) => message.target));
    // The pool limits connections; the messages queue on it.
    return Promise.all(
      messages.map((message, index) =>
        this.sendOne(message, addresses[index] ?? { kind: 'none', reason: 'email_removed' }),
      ),
    );
  }

  private async sendOne(
    message: OutgoingMessage,
    address: EmailAddressAtSendTime,
  ): Promise<ChannelResult> {
    const settingsUrl = new URL('/notifications/settings', this.env.CITIZEN_APP_URL).toString();
    switch (address.kind) {
      case 'none':
        return { outcome: 'skipped', reason: address.reason };
      case 'notification':
        return this.deliver(message, settingsUrl, {
          to: address.email,
          subject: message.title,
          text: `${message.body}\n\n${message.url}\n\n-- \n窓口 Madoguchi（このメールには返信できません / Please do not reply）\n通知の設定・停止 / Notification settings: ${settingsUrl}`,
        });
      case 'confirmation': {
        const token = randomBytes(32).toString('base64url');
        const expiresAt = new Date(
          this.clock.now().getTime() + EMAIL_CONFIRMATION_TOKEN_TTL_HOURS * 3_600_000,
        );
        if (
          !(await this.addresses.storeToken(
            address.confirmationId,
            createHash('sha256').update(token).digest('hex'),
            expiresAt,
          ))
        ) {
          return { outcome: 'skipped', reason: 'confirmation_superseded' };
        }
        // The token in the fragment: a browser never sends it to a server (no access log, no Referer).
        const link = `${new URL(EMAIL_CONFIRMATION_PATH, this.env.CITIZEN_APP_URL).toString()}#token=${token}`;
        const mail = composeConfirmationMail(address.ownerKind, link, address.municipalityName);
        return this.deliver(message, settingsUrl, {
          to: address.email,
          subject: mail.subject,
          text: `${mail.text}\n\n-- \n窓口 Madoguchi（このメールには返信できません / Please do not reply）`,
        });
      }
    }
  }

  private async deliver(
    message: OutgoingMessage,
    settingsUrl: string,
    mail: Mail,
  ): Promise<ChannelResult> {
    try {
      await this.transport.sendMail({
        from: this.env.MAIL_FROM,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        // One Message-ID per delivery: a mail re-sent after a crash (in doubt) is the same message
        // to mail servers and clients that drop duplicates.
        messageId: `<${message.deliveryId}@madoguchi.invalid>`,
        // Mail programs show an "unsubscribe" action for this (RFC 2369): it opens the settings page.
        list: { unsubscribe: settingsUrl },
        headers: { 'X-Madoguchi-Delivery': message.deliveryId },
      });
      return { outcome: 'sent' };
    } catch (error) {
      const code = smtpResponseCode(error);
      if (code !== undefined && code >= 500) {
        return { outcome: 'permanent_failure', reason: `smtp_${code}` };
      }
      return {
        outcome: 'temporary_failure',
        reason: code === undefined ? 'smtp unreachable' : `smtp_${code}`,
      };
    }
  }
}
