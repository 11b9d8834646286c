import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type OpensslResult = { readonly status: number | null; readonly output: string };

/** Runs Debian's openssl, the independent check of what the trust core issues. */
export function openssl(args: readonly string[], input?: Uint8Array): OpensslResult {
  const result = spawnSync('openssl', args, { input, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const scratchDirectories: string[] = [];

/** A fresh temporary directory; `removeScratchDirectories` (in an afterAll) deletes them all. */
export function scratchDirectory(): string {
  const directory = mkdtempSync(join(tmpdir(), 'madoguchi-trust-'));
  scratchDirectories.push(directory);
  return directory;
}

export function removeScratchDirectories(): void {
  for (const directory of scratchDirectories.splice(0)) {
    rmSync(directory, { recursive: true, force: true });
  }
}

export function writeScratchFile(
  directory: string,
  name: string,
  data: string | Uint8Array,
): string {
  const path = join(directory, name);
  writeFileSync(path, data);
  return path;
}
