import { join } from 'node:path';
import { readdir, stat } from 'node:fs/promises';

import { createDemoPki, revokeDemoCard } from './demo-pki.js';
import { hasDemoPki, readDemoPki, writeDemoPki } from './demo-pki-store.js';
import { HANAKO, MUNICIPALITIES } from './spec-support/demo-residents.js';
import { openssl, removeScratchDirectories, scratchDirectory } from './spec-support/openssl.js';
import { verifyDetachedSignature } from './cms/verify-signature.js';
import { signDigestDetached } from './cms/sign-digest.js';

describe(writeDemoPki.name, () => {
  it('writes PEM files that read back into a working PKI, keys readable by the owner only', async () => {
    const directory = join(scratchDirectory(), 'demo-pki');
    const pki = await createDemoPki({ residents: [HANAKO], municipalities: MUNICIPALITIES });

    await writeDemoPki(directory, pki);
    const read = await readDemoPki(directory);
    const card = read.jpki.cards.find((candidate) => candidate.state === 'valid');
    const digest = new Uint8Array(32).fill(7);
    const signature = await signDigestDetached({ digest, signer: card ?? read.jpki.cards[0]! });
    const result = await verifyDetachedSignature({
      signature,
      digest,
      trustAnchors: [read.jpki.ca.certificate],
      crls: [read.jpki.crl],
    });

    expect(await hasDemoPki(directory)).toBe(true);
    expect(await readdir(join(directory, 'jpki', 'cards'))).toContain('resident-yamada-hanako.pem');
    expect((await stat(join(directory, 'jpki', 'ca.key.pem'))).mode & 0o777).toBe(0o600);
    expect(result.isValid).toBe(true);
    expect(
      openssl([
        'crl',
        '-in',
        join(directory, 'jpki', 'crl.pem'),
        '-CAfile',
        join(directory, 'jpki', 'ca.pem'),
        '-noout',
      ]).output,
    ).toContain('verify OK');
  });
});

describe(revokeDemoCard.name, () => {
  it('revokes a card in a new CRL with the next CRL number', async () => {
    const pki = await createDemoPki({
      residents: [{ ...HANAKO, cards: ['valid'] }],
      municipalities: [],
    });
    const [card] = pki.jpki.cards;
    const digest = new Uint8Array(32).fill(9);
    const signature = await signDigestDetached({ digest, signer: card!, signingTime: new Date() });

    const revoked = await revokeDemoCard(pki, card!.cardId, new Date(Date.now() - 1000));
    const result = await verifyDetachedSignature({
      signature,
      digest,
      trustAnchors: [revoked.jpki.ca.certificate],
      crls: [revoked.jpki.crl],
    });

    expect(revoked.jpki.crlNumber).toBe(2);
    expect(result).toMatchObject({ isValid: false, failure: 'revoked' });
  });
});

afterAll(removeScratchDirectories);
