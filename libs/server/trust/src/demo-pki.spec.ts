import { readBasicFour } from './basic-four.js';
import { crlToPem } from './crl.js';
import { createDemoPki, type DemoPki } from './demo-pki.js';
import { HANAKO, MUNICIPALITIES } from './spec-support/demo-residents.js';
import {
  openssl,
  removeScratchDirectories,
  scratchDirectory,
  writeScratchFile,
} from './spec-support/openssl.js';

describe(createDemoPki.name, () => {
  let pki: DemoPki;
  let directory: string;

  beforeAll(async () => {
    pki = await createDemoPki({ residents: [HANAKO], municipalities: MUNICIPALITIES });
    directory = scratchDirectory();
  });

  const cardOf = (state: string) => {
    const card = pki.jpki.cards.find((candidate) => candidate.state === state);
    if (!card) {
      throw new Error(`no ${state} card`);
    }
    return card;
  };

  it('writes the 基本4情報 into the card and reads them back, non-ASCII included', () => {
    expect(readBasicFour(cardOf('valid').certificate)).toEqual(HANAKO.basicFour);
  });

  it('encodes them as JPKI otherName entries that openssl shows as UTF8String', () => {
    const cardPath = writeScratchFile(
      directory,
      'card.pem',
      cardOf('valid').certificate.toString('pem'),
    );

    const result = openssl([
      'x509',
      '-in',
      cardPath,
      '-noout',
      '-ext',
      'subjectAltName,keyUsage',
      '-nameopt',
      'utf8',
    ]);

    expect(result.output).toContain('othername: 1.2.392.200149.8.5.5.1::山田　花子');
    expect(result.output).toContain('othername: 1.2.392.200149.8.5.5.4::419900401');
    expect(result.output).toContain('othername: 1.2.392.200149.8.5.5.3::2');
    expect(result.output).toContain('Digital Signature, Non Repudiation');
  });

  it('publishes a CRL that openssl verifies against the CA', () => {
    const caPath = writeScratchFile(directory, 'ca.pem', pki.jpki.ca.certificate.toString('pem'));
    const crlPath = writeScratchFile(directory, 'crl.pem', crlToPem(pki.jpki.crl));

    const result = openssl(['crl', '-in', crlPath, '-CAfile', caPath, '-noout']);

    expect(result.output).toContain('verify OK');
  });

  it('shows the revoked card as revoked and the valid one as OK to openssl verify -crl_check', () => {
    const caPath = writeScratchFile(directory, 'ca.pem', pki.jpki.ca.certificate.toString('pem'));
    const crlPath = writeScratchFile(directory, 'crl.pem', crlToPem(pki.jpki.crl));
    const revokedPath = writeScratchFile(
      directory,
      'revoked.pem',
      cardOf('revoked').certificate.toString('pem'),
    );
    const validPath = writeScratchFile(
      directory,
      'valid.pem',
      cardOf('valid').certificate.toString('pem'),
    );

    const revoked = openssl([
      'verify',
      '-crl_check',
      '-CAfile',
      caPath,
      '-CRLfile',
      crlPath,
      revokedPath,
    ]);
    const valid = openssl([
      'verify',
      '-crl_check',
      '-CAfile',
      caPath,
      '-CRLfile',
      crlPath,
      validPath,
    ]);

    expect(revoked.status).not.toBe(0);
    expect(revoked.output).toContain('certificate revoked');
    expect(valid.status).toBe(0);
    expect(valid.output).toContain(': OK');
  });

  it('issues an expired card that openssl refuses as expired', () => {
    const caPath = writeScratchFile(directory, 'ca.pem', pki.jpki.ca.certificate.toString('pem'));
    const expiredPath = writeScratchFile(
      directory,
      'expired.pem',
      cardOf('expired').certificate.toString('pem'),
    );

    const result = openssl(['verify', '-CAfile', caPath, expiredPath]);

    expect(result.output).toContain('certificate has expired');
  });

  it('gives the TSA certificate a critical timeStamping extended key usage only', () => {
    const tsaPath = writeScratchFile(
      directory,
      'tsa.pem',
      pki.tsa.unit.certificate.toString('pem'),
    );

    const result = openssl(['x509', '-in', tsaPath, '-noout', '-ext', 'extendedKeyUsage']);

    expect(result.output).toMatch(/Extended Key Usage: critical\s+Time Stamping/);
  });
});

afterAll(removeScratchDirectories);
