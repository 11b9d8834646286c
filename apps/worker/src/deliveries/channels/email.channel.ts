import type { OnApplicationShutdown } from '@nestjs/common';
import { Inject, Injectable } from '@nestjs/common';
import type { Transporter } from 'nodemailer';
import { createTransport } from 'nodemailer';

import type { WorkerEnv } from '../../config/env.js';
import { WORKER_ENV } from '../../infrastructure/tokens.js';
import type { ChannelResult, NotificationChannel, OutgoingMessage } from './notification-channel.js';

function smtpResponseCode(error: unknown): number | undefined {
  return typeof error === 'object' && error !== null && 'responseCode' in error && typeof error.responseCode === 'number'
    ? error.responseCode
    : undefined;
}

/** E-mail over SMTP (nodemailer, pooled). 5xx answers are permanent; 4xx and network errors retry. */
@Injectable()
export class EmailChannel implements NotificationChannel, OnApplicationShutdown {
  readonly channel = 'email' as const;
  private readonly transport: Transporter;

  constructor(@Inject(WORKER_ENV) private readonly env: WorkerEnv) {
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

  send(messages: readonly OutgoingMessage[]): Promise<ChannelResult[]> {
    // The pool limits connections; the messages queue on it.
    return Promise.all(messages.map((message) => this.sendOne(message)));
  }

  private async sendOne(message: OutgoingMessage): Promise<ChannelResult> {
    const settingsUrl = new URL('/notifications/settings', this.env.CITIZEN_APP_URL).toString();
    try {
      await this.transport.sendMail({
        from: this.env.MAIL_FROM,
        to: message.target,
        subject: message.title,
        text: `${message.body}\n\n${message.url}\n\n-- \n窓口 Madoguchi（このメールには返信できません / Please do not reply）\n通知の設定・停止 / Notification settings: ${settingsUrl}`,
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
      return { outcome: 'temporary_failure', reason: code === undefined ? 'smtp unreachable' : `smtp_${code}` };
    }
  }
}
