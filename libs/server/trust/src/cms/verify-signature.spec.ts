import { createHash } from 'node:crypto';

import { canonicalSubmission } from '@madoguchi/shared-util-canonical';

import type { X509Crl } from '@peculiar/x509';

import { createRootAuthority, issueEndEntity } from '../certificate-authority.js';
import { issueCrl } from '../crl.js';
import { createDemoPki, type DemoCard, type DemoPki } from '../demo-pki.js';
import { HANAKO, MUNICIPALITIES } from '../spec-support/demo-residents.js';
import {
  openssl,
  removeScratchDirectories,
  scratchDirectory,
  writeScratchFile,
} from '../spec-support/openssl.js';
import { sealDetached } from '../seal.js';
import { createTimestampAuthority } from '../tsp/timestamp-authority.js';
import { checkTimestampReply, createTimestampRequest } from '../tsp/request-timestamp.js';
import { signDigestDetached } from './sign-digest.js';
import { verifyDetachedSignature } from './verify-signature.js';

const sha256 = (bytes: Uint8Array) => new Uint8Array(createHash('sha256').update(bytes).digest());

describe(verifyDetachedSignature.name, () => {
  let pki: DemoPki;
  let directory: string;
  let content: Uint8Array;
  let contentDigest: Uint8Array;

  beforeAll(async () => {
    pki = await createDemoPki({ residents: [HANAKO], municipalities: MUNICIPALITIES });
    directory = scratchDirectory();
    const submission = await canonicalSubmission({ name: '山田　花子', amount: 15000 }, [
      { slot: 'bank-book', sha256: 'c'.repeat(64) },
    ]);
    content = submission.bytes;
    contentDigest = submission.sha256;
  });

  const card = (state: DemoCard['state']): DemoCard => {
    const found = pki.jpki.cards.find((candidate) => candidate.state === state);
    if (!found) {
      throw new Error(`no ${state} card`);
    }
    return found;
  };
  const verify = (signature: Uint8Array, digest = contentDigest) =>
    verifyDetachedSignature({
      signature,
      digest,
      trustAnchors: [pki.jpki.ca.certificate],
      crls: [pki.jpki.crl],
    });

  it('accepts a card signature over the canonical submission and reads the 基本4情報 back', async () => {
    const signature = await signDigestDetached({ digest: contentDigest, signer: card('valid') });

    const result = await verify(signature);

    expect(result).toMatchObject({
      isValid: true,
      signingTimeSource: 'signing_time_attribute',
      signer: { basicFour: HANAKO.basicFour },
    });
  });

  it('is accepted by openssl cms -verify, and one changed byte of content is not', async () => {
    const signature = await signDigestDetached({ digest: contentDigest, signer: card('valid') });
    const signaturePath = writeScratchFile(directory, 'card.p7s', signature);
    const contentPath = writeScratchFile(directory, 'submission.json', content);
    const changed = new Uint8Array(content);
    changed[10] = (changed[10] ?? 0) ^ 0x01;
    const changedPath = writeScratchFile(directory, 'changed.json', changed);
    const caPath = writeScratchFile(
      directory,
      'jpki-ca.pem',
      pki.jpki.ca.certificate.toString('pem'),
    );
    const args = [
      'cms',
      '-verify',
      '-binary',
      '-inform',
      'DER',
      '-in',
      signaturePath,
      '-CAfile',
      caPath,
      '-out',
      '/dev/null',
    ];

    const accepted = openssl([...args, '-content', contentPath]);
    const refused = openssl([...args, '-content', changedPath]);

    expect(accepted.output).toContain('Verification successful');
    expect(accepted.status).toBe(0);
    expect(refused.status).not.toBe(0);
  });

  it('refuses a signature by a revoked card as revoked', async () => {
    const signature = await signDigestDetached({ digest: contentDigest, signer: card('revoked') });

    expect(await verify(signature)).toMatchObject({ isValid: false, failure: 'revoked' });
  });

  it('refuses a signature by an expired card as expired', async () => {
    const signature = await signDigestDetached({ digest: contentDigest, signer: card('expired') });

    expect(await verify(signature)).toMatchObject({ isValid: false, failure: 'expired' });
  });

  it('refuses a certificate from an unknown CA as unknown_ca', async () => {
    const otherCa = await createRootAuthority([{ CN: ['Somebody else'] }], {
      notBefore: new Date(Date.now() - 86_400_000),
      notAfter: new Date(Date.now() + 86_400_000 * 365),
    });
    const stranger = await issueEndEntity(otherCa, {
      subject: [{ CN: ['stranger'] }],
      validity: otherCa.certificate,
      extensions: [],
    });
    const signature = await signDigestDetached({ digest: contentDigest, signer: stranger });

    expect(await verify(signature)).toMatchObject({ isValid: false, failure: 'unknown_ca' });
  });

  it('refuses a card that is not valid yet as not_yet_valid', async () => {
    const future = await issueEndEntity(pki.jpki.ca, {
      subject: [{ CN: ['DEMO-CARD future'] }],
      validity: {
        notBefore: new Date(Date.now() + 86_400_000),
        notAfter: new Date(Date.now() + 2 * 86_400_000),
      },
      extensions: [],
    });
    const signature = await signDigestDetached({ digest: contentDigest, signer: future });

    expect(await verify(signature)).toMatchObject({ isValid: false, failure: 'not_yet_valid' });
  });

  it('refuses when no current CRL of the issuer is at hand as revocation_unknown', async () => {
    const signature = await signDigestDetached({ digest: contentDigest, signer: card('valid') });
    const staleCrl = await issueCrl(pki.jpki.ca, {
      revoked: [],
      thisUpdate: new Date(Date.now() - 10 * 86_400_000),
      nextUpdate: new Date(Date.now() - 86_400_000),
      crlNumber: 1,
    });
    const verifyWith = (crls: X509Crl[]) =>
      verifyDetachedSignature({
        signature,
        digest: contentDigest,
        trustAnchors: [pki.jpki.ca.certificate],
        crls,
      });

    expect(await verifyWith([])).toMatchObject({ isValid: false, failure: 'revocation_unknown' });
    expect(await verifyWith([staleCrl])).toMatchObject({
      isValid: false,
      failure: 'revocation_unknown',
    });
  });

  it('refuses a signature over other answers as digest_mismatch', async () => {
    const signature = await signDigestDetached({ digest: contentDigest, signer: card('valid') });
    const other = await canonicalSubmission({ name: '山田　花子', amount: 15001 }, []);

    expect(await verify(signature, other.sha256)).toMatchObject({
      isValid: false,
      failure: 'digest_mismatch',
    });
  });

  it('refuses a tampered signature value as bad_signature', async () => {
    const signature = await signDigestDetached({ digest: contentDigest, signer: card('valid') });
    // The RSA signature value is the last 256 bytes of the DER (no unsigned attributes follow).
    const tampered = new Uint8Array(signature);
    const index = tampered.length - 20;
    tampered[index] = (tampered[index] ?? 0) ^ 0xff;

    expect(await verify(tampered)).toMatchObject({ isValid: false, failure: 'bad_signature' });
  });

  it('refuses bytes that are no CMS as malformed', async () => {
    expect(await verify(new Uint8Array([0x30, 0x03, 0x02, 0x01, 0x01]))).toMatchObject({
      isValid: false,
      failure: 'malformed',
    });
  });

  describe(sealDetached.name, () => {
    it('seals a receipt with a signature timestamp that openssl and the verifier accept', async () => {
      const tsa = createTimestampAuthority({ unit: pki.tsa.unit });
      const receipt = new TextEncoder().encode(
        '{"receiptNumber":"R-2026-000001","receivedAt":"2026-12-08T00:00:00Z"}',
      );
      const seal = pki.municipal.seals[0];
      if (!seal) {
        throw new Error('no seal');
      }
      const sealed = await sealDetached({
        content: receipt,
        seal,
        stamp: async (digest) => {
          const { der, nonce } = createTimestampRequest(digest);
          const reply = await checkTimestampReply(await tsa.timestamp(der), { digest, nonce });
          return reply.token;
        },
      });
      const sealPath = writeScratchFile(directory, 'receipt.p7s', sealed);
      const receiptPath = writeScratchFile(directory, 'receipt.json', receipt);
      const changedPath = writeScratchFile(
        directory,
        'receipt-changed.json',
        new Uint8Array([...receipt, 0x20]),
      );
      const caPath = writeScratchFile(
        directory,
        'municipal-ca.pem',
        pki.municipal.ca.certificate.toString('pem'),
      );
      const args = [
        'cms',
        '-verify',
        '-binary',
        '-inform',
        'DER',
        '-in',
        sealPath,
        '-CAfile',
        caPath,
        '-out',
        '/dev/null',
      ];

      const accepted = openssl([...args, '-content', receiptPath]);
      const refused = openssl([...args, '-content', changedPath]);
      const verified = await verifyDetachedSignature({
        signature: sealed,
        digest: sha256(receipt),
        trustAnchors: [pki.municipal.ca.certificate],
        crls: [pki.municipal.crl],
        timestampTrustAnchors: [pki.tsa.ca.certificate],
      });

      expect(accepted.output).toContain('Verification successful');
      expect(refused.status).not.toBe(0);
      const untrustedTsa = await verifyDetachedSignature({
        signature: sealed,
        digest: sha256(receipt),
        trustAnchors: [pki.municipal.ca.certificate],
        crls: [pki.municipal.crl],
        timestampTrustAnchors: [pki.jpki.ca.certificate],
      });

      expect(verified).toMatchObject({ isValid: true, signingTimeSource: 'signature_timestamp' });
      expect(untrustedTsa).toMatchObject({ isValid: false, failure: 'bad_timestamp' });
      expect(
        openssl(['cms', '-cmsout', '-print', '-inform', 'DER', '-in', sealPath]).output,
      ).toContain('id-smime-aa-timeStampToken');
    });
  });
});

afterAll(removeScratchDirectories);
