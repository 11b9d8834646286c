import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { createDemoPki } from '../demo-pki.js';
import { hasDemoPki, writeDemoPki } from '../demo-pki-store.js';
import { DEMO_MUNICIPALITIES, DEMO_RESIDENTS } from './demo-identities.js';

/**
 * `node libs/server/trust/dist/cli/create-demo-pki.js [--dir var/demo-pki] [--force]
 *  [--crl-url http://localhost:3000/trust/jpki.crl]`: writes the demo PKI once; a second run
 * leaves it (and the keys the demo data was signed with) alone unless --force is given.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: 'var/demo-pki' },
      force: { type: 'boolean', default: false },
      'crl-url': { type: 'string' },
    },
  });
  const directory = resolve(values.dir);
  if (!values.force && (await hasDemoPki(directory))) {
    process.stdout.write(`demo PKI already in ${directory}\n`);
    return;
  }
  const pki = await createDemoPki({
    residents: DEMO_RESIDENTS,
    municipalities: DEMO_MUNICIPALITIES,
    ...(values['crl-url'] ? { crlUrl: values['crl-url'] } : {}),
  });
  await writeDemoPki(directory, pki);
  process.stdout.write(
    `demo PKI written to ${directory}: ${pki.jpki.cards.length} cards, ${pki.municipal.seals.length} seals, 1 TSA\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `create-demo-pki failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 1;
});
