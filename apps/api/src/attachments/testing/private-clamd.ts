import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

import { makePng } from './sample-files.js';

/**
 * A file the private clamd calls malware: the test database has its MD5 (an `.hdb` signature), so
 * a test can upload "malware" without any real malicious bytes (the public signature databases
 * cannot be downloaded here, and EICAR would trip scanners on the machines of the developers). It
 * is a well-formed PNG, so it passes the content inspection and only the scan refuses it.
 */
export const TEST_MALWARE = makePng({ width: 13, height: 7 });
export const TEST_MALWARE_SIGNATURE = 'Madoguchi.Test.Sample';

export type PrivateClamd = {
  socketPath: string;
  stop(): Promise<void>;
};

const CLAMD = '/usr/sbin/clamd';

/**
 * Starts a clamd of its own (own configuration, unix socket, database directory and log in a
 * temporary folder) whose only signatures are {@link TEST_MALWARE} and any `extraSignatures`
 * (`name:content` pairs turned into `.hdb` MD5 signatures). It never touches the machine's clamd.
 */
export async function startPrivateClamd(
  extraSignatures: ReadonlyArray<{ name: string; content: Buffer }> = [],
): Promise<PrivateClamd> {
  const dir = await mkdtemp(join(tmpdir(), 'madoguchi-clamd-'));
  const socketPath = join(dir, 'clamd.sock');
  const databaseDir = join(dir, 'db');
  await mkdir(databaseDir);
  const signatures = [{ name: TEST_MALWARE_SIGNATURE, content: TEST_MALWARE }, ...extraSignatures]
    .map(
      ({ name, content }) =>
        `${createHash('md5').update(content).digest('hex')}:${content.length}:${name}`,
    )
    .join('\n');
  await writeFile(join(databaseDir, 'madoguchi-test.hdb'), `${signatures}\n`);
  await writeFile(
    join(dir, 'clamd.conf'),
    [
      'Foreground yes',
      `LocalSocket ${socketPath}`,
      `DatabaseDirectory ${databaseDir}`,
      `TemporaryDirectory ${dir}`,
      `LogFile ${join(dir, 'clamd.log')}`,
      `PidFile ${join(dir, 'clamd.pid')}`,
      // Above the API's largest upload, so INSTREAM never refuses a file a test sends.
      'StreamMaxLength 64M',
      'SelfCheck 0',
      '',
    ].join('\n'),
  );
  const child = spawn(CLAMD, ['-c', join(dir, 'clamd.conf')], { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  for (let attempt = 0; attempt < 200; attempt += 1) {
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
  throw new Error(`The private clamd did not start (is clamav-daemon installed? ${CLAMD})`);
}
