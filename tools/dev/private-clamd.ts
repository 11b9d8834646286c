import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * A clamd of the stack's own, for `npm start` and the browser journeys: every upload goes through
 * the real INSTREAM scan, as in production. The public signature databases cannot be downloaded
 * here, so it knows only the signatures it is given (MD5 `.hdb` entries of harmless test files).
 * The API's integration tests start theirs from `apps/api/src/attachments/testing/` (an app's
 * tests may not import the tooling).
 */
export type PrivateClamd = { socketPath: string; stop(): Promise<void> };

export const CLAMD = '/usr/sbin/clamd';

export function isClamdInstalled(): boolean {
  return existsSync(CLAMD);
}

export async function startPrivateClamd(
  signatures: ReadonlyArray<{ name: string; content: Buffer }>,
  maxStreamBytes = 64 * 1024 * 1024,
): Promise<PrivateClamd> {
  const dir = await mkdtemp(join(tmpdir(), 'madoguchi-stack-clamd-'));
  const socketPath = join(dir, 'clamd.sock');
  const databaseDir = join(dir, 'db');
  await mkdir(databaseDir);
  // clamd refuses to start without a signature: an empty list still gets one that matches nothing.
  const entries = signatures.length > 0 ? signatures : [{ name: 'Madoguchi.None', content: dir }];
  await writeFile(
    join(databaseDir, 'madoguchi-stack.hdb'),
    `${entries
      .map(({ name, content }) => {
        const bytes = Buffer.from(content);
        return `${createHash('md5').update(bytes).digest('hex')}:${bytes.length}:${name}`;
      })
      .join('\n')}\n`,
  );
  await writeFile(
    join(dir, 'clamd.conf'),
    [
      'Foreground yes',
      `LocalSocket ${socketPath}`,
      `DatabaseDirectory ${databaseDir}`,
      `TemporaryDirectory ${dir}`,
      `LogFile ${join(dir, 'clamd.log')}`,
      `PidFile ${join(dir, 'clamd.pid')}`,
      // At least the API's largest upload, so INSTREAM never refuses a file the API accepts.
      `StreamMaxLength ${Math.ceil(maxStreamBytes / (1024 * 1024))}M`,
      'SelfCheck 0',
      '',
    ].join('\n'),
  );
  const child = spawn(CLAMD, ['-c', join(dir, 'clamd.conf')], { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  for (let attempt = 0; attempt < 400; attempt += 1) {
    if (child.exitCode !== null) {
      break;
    }
    if (
      await stat(socketPath).then(
        () => true,
        () => false,
      )
    ) {
      return {
        socketPath,
        async stop() {
          if (child.exitCode === null) {
            child.kill('SIGTERM');
            await Promise.race([exited, sleep(5000, undefined, { ref: false })]);
          }
          await rm(dir, { recursive: true, force: true });
        },
      };
    }
    await sleep(50);
  }
  child.kill('SIGKILL');
  await rm(dir, { recursive: true, force: true });
  throw new Error(`The stack's clamd did not start (is clamav-daemon installed? ${CLAMD})`);
}
