import type { ChildProcess } from 'node:child_process';
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, chownSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A PostgreSQL of the test's own (initdb into a temporary folder, its own port), which a fault
 * test may stop and start: the machine's shared server is never touched. The server runs as the
 * `postgres` user (PostgreSQL refuses root), through the machine's own binaries.
 */
export type PrivatePostgres = {
  url: string;
  /** `immediate`: as in a crash (no checkpoint, clients cut); `fast`: an orderly restart. */
  stop(mode?: 'immediate' | 'fast'): void;
  start(): void;
  destroy(): void;
};

function postgresBin(name: string): string {
  const [version] = readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a));
  return `/usr/lib/postgresql/${version}/bin/${name}`;
}

function asPostgres(command: string, args: string[]): void {
  execFileSync('runuser', ['-u', 'postgres', '--', postgresBin(command), ...args], {
    stdio: 'pipe',
  });
}

export function startPrivatePostgres(port: number): PrivatePostgres {
  const dataDir = mkdtempSync('/tmp/madoguchi-fault-pg-');
  chmodSync(dataDir, 0o700);
  const { uid, gid } = {
    uid: Number(execFileSync('id', ['-u', 'postgres']).toString()),
    gid: Number(execFileSync('id', ['-g', 'postgres']).toString()),
  };
  chownSync(dataDir, uid, gid);
  asPostgres('initdb', [
    '-D',
    dataDir,
    '-A',
    'trust',
    '-U',
    'postgres',
    '--no-sync',
    '-E',
    'UTF8',
    '--locale',
    'C.UTF-8',
  ]);
  const options = `-p ${port} -k ${dataDir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=60`;
  const start = () =>
    asPostgres('pg_ctl', [
      '-D',
      dataDir,
      '-o',
      options,
      '-l',
      join(dataDir, 'server.log'),
      '-w',
      '-t',
      '60',
      'start',
    ]);
  start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: (mode = 'immediate') => asPostgres('pg_ctl', ['-D', dataDir, '-m', mode, '-w', 'stop']),
    start,
    destroy: () => {
      try {
        asPostgres('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
      } catch {
        // Already stopped.
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A redis-server of the test's own on `port` (keeps nothing on disk): never the shared one. */
export function startPrivateRedis(port: number): Promise<ChildProcess> {
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'pipe' },
  );
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Ready to accept connections')) {
        resolve(child);
      }
    });
    child.once('exit', (code) => reject(new Error(`redis-server exited (${code})`)));
  });
}
