// A local SMTP sink for development: every e-mail the worker sends is kept in .data/mail/
// (raw .eml plus a .json summary) and listed on a small web page. Nothing leaves the machine.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { join } from 'node:path';

import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

import { findFreePort } from './processes.ts';

export type MailSummary = {
  file: string;
  receivedAt: string;
  from: string;
  to: string;
  subject: string;
  text: string;
};

export type RunningMailSink = {
  smtpUrl: string;
  webUrl: string;
  dir: string;
  stop(): Promise<void>;
};

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

export function readMailSummaries(dir: string): MailSummary[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .reverse()
    .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as MailSummary);
}

/** The mail's text with its links clickable (a confirmation mail's link opens the citizen app). */
function linkify(escapedText: string): string {
  return escapedText.replace(/https?:\/\/[^\s<"]+/gu, (url) => `<a href="${url}">${url}</a>`);
}

function renderIndex(dir: string): string {
  const rows = readMailSummaries(dir)
    .map(
      (mail) =>
        `<article><h2>${escapeHtml(mail.subject)}</h2><p><small>${escapeHtml(mail.receivedAt)} · to ${escapeHtml(mail.to)} · <a href="/raw/${encodeURIComponent(mail.file)}">.eml</a></small></p><pre>${linkify(escapeHtml(mail.text))}</pre></article>`,
    )
    .join('\n');
  return `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>Madoguchi mail sink</title>
<style>body{font-family:system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem}article{border-top:1px solid #ccc;padding:.5rem 0}pre{white-space:pre-wrap}</style></head>
<body><h1>Madoguchi — mail sink (${readdirSync(dir).filter((name) => name.endsWith('.json')).length})</h1><p>Files: ${escapeHtml(dir)}</p>${rows || '<p>No mail yet.</p>'}</body></html>`;
}

/** Starts the SMTP sink (preferred port 1025) and its page (preferred port 1080). */
export async function startMailSink(
  dir: string,
  preferredPorts = { smtp: 1025, web: 1080 },
): Promise<RunningMailSink> {
  mkdirSync(dir, { recursive: true });
  let counter = 0;
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        const stamp = `${new Date().toISOString().replace(/[:.]/g, '-')}-${String((counter += 1)).padStart(4, '0')}`;
        writeFileSync(join(dir, `${stamp}.eml`), raw);
        simpleParser(raw)
          .then((mail) => {
            const summary: MailSummary = {
              file: `${stamp}.eml`,
              receivedAt: new Date().toISOString(),
              from: mail.from?.text ?? '',
              to: session.envelope.rcptTo.map((recipient) => recipient.address).join(', '),
              subject: mail.subject ?? '',
              text: mail.text ?? '',
            };
            writeFileSync(join(dir, `${stamp}.json`), JSON.stringify(summary, null, 2));
            callback();
          })
          .catch((error: unknown) =>
            callback(error instanceof Error ? error : new Error('unreadable mail')),
          );
      });
    },
  });
  const smtpPort = await findFreePort(preferredPorts.smtp);
  await new Promise<void>((resolve) => smtp.listen(smtpPort, '127.0.0.1', resolve));
  const web: Server = createServer((request, response) => {
    const raw = /^\/raw\/([^/]+\.eml)$/.exec(request.url ?? '');
    if (raw?.[1] && !raw[1].includes('..')) {
      response
        .writeHead(200, { 'content-type': 'message/rfc822' })
        .end(readFileSync(join(dir, decodeURIComponent(raw[1]))));
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(renderIndex(dir));
  });
  const webPort = await findFreePort(preferredPorts.web);
  await new Promise<void>((resolve) => web.listen(webPort, '127.0.0.1', resolve));
  return {
    smtpUrl: `smtp://127.0.0.1:${smtpPort}`,
    webUrl: `http://127.0.0.1:${webPort}/`,
    dir,
    stop: async () => {
      web.closeAllConnections();
      await Promise.all([
        new Promise<void>((resolve) => smtp.close(() => resolve())),
        new Promise<void>((resolve) => web.close(() => resolve())),
      ]);
    },
  };
}
