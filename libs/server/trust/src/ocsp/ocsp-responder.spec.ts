import { readFileSync } from 'node:fs';

import { createDemoPki, type DemoPki } from '../demo-pki.js';
import { HANAKO, MUNICIPALITIES } from '../spec-support/demo-residents.js';
import {
  openssl,
  removeScratchDirectories,
  scratchDirectory,
  writeScratchFile,
} from '../spec-support/openssl.js';
import { createOcspResponder, type OcspResponder } from './ocsp-responder.js';

describe(createOcspResponder.name, () => {
  let pki: DemoPki;
  let responder: OcspResponder;
  let directory: string;
  let caPath: string;

  beforeAll(async () => {
    pki = await createDemoPki({ residents: [HANAKO], municipalities: MUNICIPALITIES });
    responder = createOcspResponder({ ca: pki.jpki.ca, revoked: () => pki.jpki.revoked });
    directory = scratchDirectory();
    caPath = writeScratchFile(directory, 'ca.pem', pki.jpki.ca.certificate.toString('pem'));
  });

  const askOpenssl = async (state: 'valid' | 'revoked') => {
    const card = pki.jpki.cards.find((candidate) => candidate.state === state);
    const cardPath = writeScratchFile(
      directory,
      `${state}.pem`,
      card?.certificate.toString('pem') ?? '',
    );
    const requestPath = `${directory}/${state}.req`;
    openssl(['ocsp', '-issuer', caPath, '-cert', cardPath, '-reqout', requestPath]);
    const responsePath = writeScratchFile(
      directory,
      `${state}.resp`,
      await responder.respond(readFileSync(requestPath)),
    );
    // -no_nonce: with -reqin, openssl would otherwise add a second, new nonce to the request it
    // checks against; the nonce of the request read in is still compared with the response's.
    return openssl([
      'ocsp',
      '-no_nonce',
      '-issuer',
      caPath,
      '-cert',
      cardPath,
      '-reqin',
      requestPath,
      '-respin',
      responsePath,
      '-CAfile',
      caPath,
    ]).output;
  };

  it('answers good for a valid card, in a response openssl verifies (nonce included)', async () => {
    const output = await askOpenssl('valid');

    expect(output).toContain('Response verify OK');
    expect(output).toContain('valid.pem: good');
    expect(output).not.toContain('WARNING');
    const requestNonce = /OCSP Nonce:\s+([0-9A-F]+)/.exec(
      openssl(['ocsp', '-reqin', `${directory}/valid.req`, '-req_text']).output,
    )?.[1];
    const responseNonce = /OCSP Nonce:\s+([0-9A-F]+)/.exec(
      openssl(['ocsp', '-respin', `${directory}/valid.resp`, '-resp_text', '-noverify']).output,
    )?.[1];
    expect(requestNonce).toBeDefined();
    expect(responseNonce).toBe(requestNonce);
  });

  it('answers revoked for the revoked card', async () => {
    const output = await askOpenssl('revoked');

    expect(output).toContain('Response verify OK');
    expect(output).toContain('revoked.pem: revoked');
  });

  it('answers malformedRequest to bytes that are no OCSP request', async () => {
    const responsePath = writeScratchFile(
      directory,
      'bad.resp',
      await responder.respond(new Uint8Array([1, 2])),
    );

    expect(openssl(['ocsp', '-respin', responsePath, '-resp_text', '-noverify']).output).toContain(
      'malformedrequest',
    );
  });
});

afterAll(removeScratchDirectories);
