// Usage: node libs/forms/schema/scripts/diff-form-versions.ts <old.json> <new.json>
// Prints the changes between two versions of a form; exits with 2 when a change is breaking.
import { readFileSync } from 'node:fs';
import './register-ts-source.ts';

const { diffFormVersions, parseFormDefinition } = await import('../src/index.ts');

const [beforePath, afterPath] = process.argv.slice(2);
if (beforePath === undefined || afterPath === undefined) {
  process.stderr.write(
    'usage: node libs/forms/schema/scripts/diff-form-versions.ts <old.json> <new.json>\n',
  );
  process.exit(64);
}

function load(path: string): ReturnType<typeof parseFormDefinition> {
  return parseFormDefinition(JSON.parse(readFileSync(path, 'utf8')) as unknown);
}

const diff = diffFormVersions(load(beforePath), load(afterPath));
const lines = [
  `${diff.from.id} v${diff.from.version} → ${diff.to.id} v${diff.to.version}: ${diff.changes.length} change(s)`,
  ...diff.changes.map(
    (change) =>
      `${change.isBreaking ? 'BREAKING' : 'safe    '}  ${change.kind.padEnd(18)} ${change.path}  (${change.detail})`,
  ),
];
process.stdout.write(`${lines.join('\n')}\n`);
process.exitCode = diff.isBreaking ? 2 : 0;
