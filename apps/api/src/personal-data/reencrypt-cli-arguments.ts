import type { ReencryptOptions, ReencryptReport } from './reencrypt-personal-data.js';

const DEFAULT_BATCH_SIZE = 500;

/** `--dry-run` and `--batch-size=N` (or `--batch-size N`); anything else is refused by name. */
export function parseReencryptArguments(args: readonly string[]): ReencryptOptions {
  const options: ReencryptOptions = { isDryRun: false, batchSize: DEFAULT_BATCH_SIZE };
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    if (arg === '--dry-run' || arg === '--dryRun' || arg === '--dry-run=true') {
      options.isDryRun = true;
      continue;
    }
    const inline = /^--batch-size=(.*)$/.exec(arg);
    if (inline || arg === '--batch-size') {
      const text = inline ? inline[1] : args[(index += 1)];
      const size = Number(text);
      if (!Number.isInteger(size) || size < 1 || size > 10_000) {
        throw new Error(`--batch-size must be a whole number from 1 to 10000, not "${text ?? ''}"`);
      }
      options.batchSize = size;
      continue;
    }
    throw new Error(`Unknown argument "${arg}" (expected --dry-run, --batch-size=N)`);
  }
  return options;
}

/** The lines the command prints: counts per table, and the row ids and paths of values that did not open. */
export function formatReencryptReport(report: ReencryptReport): string {
  const verb = report.isDryRun ? 'would re-seal' : 're-sealed';
  const lines = [
    `reencrypt${report.isDryRun ? ' (dry run, nothing written)' : ''}: current key "${report.keyId}"`,
  ];
  let total = 0;
  let unreadable = 0;
  for (const [table, counts] of Object.entries(report.tables)) {
    total += counts.valuesResealed;
    unreadable += counts.unreadable.length;
    lines.push(
      `  ${table}: ${counts.rowsExamined} rows with stale envelopes, ${verb} ${counts.valuesResealed} values in ` +
        `${counts.rowsRewritten} rows (${counts.fromFormat1} from format 1, ${counts.fromOtherKeys} from other keys), ` +
        `${counts.unreadable.length} did not open`,
    );
    for (const item of counts.unreadable) {
      lines.push(`    not opened: ${table} row ${item.rowId} field ${item.path} (${item.reason})`);
    }
  }
  lines.push(`  total: ${verb} ${total} values; ${unreadable} did not open`);
  return `${lines.join('\n')}\n`;
}
