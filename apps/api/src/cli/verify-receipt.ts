import 'reflect-metadata';

import { readFile } from 'node:fs/promises';

import { loadSealVerificationEnv } from '../config/env.js';
import { readSealTrust } from '../receipts/seal/seal-trust.js';
import {
  verifyDetachedSeal,
  verifyPdfSeal,
  type SealCheck,
} from '../receipts/seal/seal-verification.js';

const USAGE = `usage: verify-receipt <file.pdf>
       verify-receipt --receipt <receipt.json> --seal <receipt.p7s>
options: --ca <pem[,pem]> (default SEAL_TRUST_ANCHORS), --crl <file|url> (default SEAL_CRL),
         --tsa-ca <pem[,pem]> (default TSA_TRUST_ANCHORS)
`;

type Args = {
  pdf?: string;
  receipt?: string;
  seal?: string;
  ca?: string;
  crl?: string;
  tsaCa?: string;
};

const OPTIONS: Record<string, keyof Args> = {
  '--receipt': 'receipt',
  '--seal': 'seal',
  '--ca': 'ca',
  '--crl': 'crl',
  '--tsa-ca': 'tsaCa',
};

function parseArgs(argv: readonly string[]): Args | null {
  const args: Args = {};
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    const option = OPTIONS[arg];
    if (option) {
      const value = argv[(index += 1)];
      if (value === undefined) {
        return null;
      }
      args[option] = value;
    } else if (!arg.startsWith('--') && args.pdf === undefined) {
      args.pdf = arg;
    } else {
      return null;
    }
  }
  const hasPdf = args.pdf !== undefined;
  const hasReceipt = args.receipt !== undefined && args.seal !== undefined;
  return hasPdf !== hasReceipt ? args : null;
}

const VERDICT_TEXT: Record<SealCheck['verdict'], string> = {
  valid: 'VALID: sealed by the municipality and unchanged since (改ざんされていません)',
  modified: 'MODIFIED: the file is not what was sealed (改ざんされています)',
  unknown_sealer: 'UNKNOWN SEALER: signed by a certificate of no trusted seal CA',
  not_sealed: 'NOT SEALED: no seal found',
  invalid: 'INVALID: the seal certificate or its timestamp does not verify',
};

function format(check: SealCheck): string {
  const lines = [VERDICT_TEXT[check.verdict]];
  if (check.sealer) {
    lines.push(`sealer: ${check.sealer.office} (${check.sealer.municipality})`);
  }
  if (check.sealedAt) {
    lines.push(`sealed at: ${check.sealedAt.toISOString()} (signature timestamp, genTime)`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * `node apps/api/dist/cli/verify-receipt.js <file.pdf>` or `--receipt <json> --seal <p7s>`
 * (`npx nx run api:verify-receipt -- …`): says who sealed a 控え or 決定通知書, when and whether
 * it changed, against the seal CA and the TSA's CA of the configuration (or --ca / --tsa-ca).
 * Exits 0 when valid, 1 otherwise, 2 on a usage error.
 */
const args = parseArgs(process.argv.slice(2));
if (!args) {
  process.stderr.write(USAGE);
  process.exitCode = 2;
} else {
  const env = loadSealVerificationEnv();
  const trust = await readSealTrust({
    trustAnchors: args.ca ?? env.SEAL_TRUST_ANCHORS ?? '',
    crl: args.crl ?? env.SEAL_CRL,
    timestampTrustAnchors: args.tsaCa ?? env.TSA_TRUST_ANCHORS ?? '',
  });
  const check =
    args.pdf !== undefined
      ? await verifyPdfSeal(await readFile(args.pdf), trust)
      : await verifyDetachedSeal(
          new Uint8Array(await readFile(args.receipt ?? '')),
          new Uint8Array(await readFile(args.seal ?? '')),
          trust,
        );
  process.stdout.write(format(check));
  process.exitCode = check.verdict === 'valid' ? 0 : 1;
}
