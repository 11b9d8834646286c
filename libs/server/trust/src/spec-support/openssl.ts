import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type OpensslResult = { readonly status: number | null; readonly output: string };

/** Runs Debian's openssl, the independent check of what the trust core issues. */
export function openssl(args: readonly string[], input?: Uint8Array): OpensslResult {
  const result = spawnSync('openssl', args, { input, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

export function scratchDirectory(): string {
  return mkdtempSync(join(tmpdir(), 'madoguchi-trust-'));
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
