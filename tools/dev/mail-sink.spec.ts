import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { createTransport } from 'nodemailer';

import type { RunningMailSink } from './mail-sink.ts';
import { readMailSummaries, startMailSink } from './mail-sink.ts';

describe('mail sink', () => {
  let sink: RunningMailSink;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'madoguchi-mail-'));
    sink = await startMailSink(dir, { smtp: 0, web: 0 });
  });

  afterAll(async () => {
    await sink.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps every mail as .eml and .json and lists it on its page', async () => {
    // Arrange
    const transport = createTransport(sink.smtpUrl);

    // Act
    await transport.sendMail({
      from: 'no-reply@madoguchi.example',
      to: 'hanako@example.jp',
      subject: '受け付けました',
      text: '受付番号は K7QF-3XMA です。',
    });
    transport.close();

    // Assert
    expect(readdirSync(dir).filter((name) => name.endsWith('.eml'))).toHaveLength(1);
    expect(readMailSummaries(dir)).toEqual([
      expect.objectContaining({
        to: 'hanako@example.jp',
        subject: '受け付けました',
        text: '受付番号は K7QF-3XMA です。',
      }),
    ]);
    const page = await (await fetch(sink.webUrl)).text();
    expect(page).toContain('受け付けました');
  });

  it('shows the links of a mail as links (the confirmation link opens the citizen app)', async () => {
    // Arrange
    const transport = createTransport(sink.smtpUrl);
    const link = 'http://127.0.0.1:5173/email-confirmation#token=AbC_-123';

    // Act
    await transport.sendMail({
      from: 'no-reply@madoguchi.example',
      to: 'ichiro@example.jp',
      subject: 'メールアドレスの確認',
      text: `確認してください。\n\n${link}`,
    });
    transport.close();

    // Assert
    const page = await (await fetch(sink.webUrl)).text();
    expect(page).toContain(`<a href="${link}">${link}</a>`);
  });
});
