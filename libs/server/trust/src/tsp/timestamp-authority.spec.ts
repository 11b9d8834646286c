import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';

import { createDemoPki, type DemoPki } from '../demo-pki.js';
import { HANAKO, MUNICIPALITIES } from '../spec-support/demo-residents.js';
import {
  openssl,
  removeScratchDirectories,
  scratchDirectory,
  writeScratchFile,
} from '../spec-support/openssl.js';
import { createTimestampAuthority, type TimestampAuthority } from './timestamp-authority.js';
import { createTimestampHttpHandler } from './timestamp-http-handler.js';
import { TimestampRequestError, requestTimestamp } from './request-timestamp.js';

describe(createTimestampAuthority.name, () => {
  let pki: DemoPki;
  let tsa: TimestampAuthority;
  let server: Server;
  let url: string;
  let directory: string;
  let tsaCaPath: string;
  let tsaPath: string;
  const data = new TextEncoder().encode('受付番号 R-2026-000001');

  beforeAll(async () => {
    pki = await createDemoPki({ residents: [HANAKO], municipalities: MUNICIPALITIES });
    tsa = createTimestampAuthority({ unit: pki.tsa.unit });
    const handler = createTimestampHttpHandler(tsa);
    server = createServer((request, response) => void handler(request, response));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/tsa`;
    directory = scratchDirectory();
    tsaCaPath = writeScratchFile(directory, 'tsa-ca.pem', pki.tsa.ca.certificate.toString('pem'));
    tsaPath = writeScratchFile(directory, 'tsa.pem', pki.tsa.unit.certificate.toString('pem'));
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('answers an openssl ts -query over HTTP with a reply openssl ts -verify accepts', async () => {
    const dataPath = writeScratchFile(directory, 'data.txt', data);
    const queryPath = `${directory}/query.tsq`;
    openssl(['ts', '-query', '-data', dataPath, '-sha256', '-cert', '-out', queryPath]);

    const reply = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/timestamp-query' },
      body: readFileSync(queryPath),
    });
    const replyPath = writeScratchFile(
      directory,
      'reply.tsr',
      new Uint8Array(await reply.arrayBuffer()),
    );
    const verified = openssl([
      'ts',
      '-verify',
      '-in',
      replyPath,
      '-data',
      dataPath,
      '-CAfile',
      tsaCaPath,
      '-untrusted',
      tsaPath,
    ]);
    const changedPath = writeScratchFile(directory, 'changed.txt', new Uint8Array([...data, 0x21]));
    const refused = openssl([
      'ts',
      '-verify',
      '-in',
      replyPath,
      '-data',
      changedPath,
      '-CAfile',
      tsaCaPath,
      '-untrusted',
      tsaPath,
    ]);

    expect(reply.headers.get('content-type')).toBe('application/timestamp-reply');
    expect(verified.output).toContain('Verification: OK');
    expect(refused.output).toContain('Verification: FAILED');
  });

  it('honours the nonce of the query and checks it against the query', () => {
    const dataPath = writeScratchFile(directory, 'data.txt', data);
    const queryPath = `${directory}/nonce.tsq`;
    openssl(['ts', '-query', '-data', dataPath, '-sha256', '-out', queryPath]);
    const replyPath = `${directory}/nonce.tsr`;

    return tsa.timestamp(readFileSync(queryPath)).then((reply) => {
      writeScratchFile(directory, 'nonce.tsr', reply);
      const verified = openssl([
        'ts',
        '-verify',
        '-in',
        replyPath,
        '-queryfile',
        queryPath,
        '-CAfile',
        tsaCaPath,
        '-untrusted',
        tsaPath,
      ]);
      const printed = openssl(['ts', '-reply', '-in', replyPath, '-text']);

      expect(verified.output).toContain('Verification: OK');
      expect(printed.output).toContain('Policy OID: 2.25.160384213373519418347905120658934520003');
      expect(printed.output).toMatch(/Nonce: 0x[0-9A-F]+/);
    });
  });

  it('gives each token its own serial number', async () => {
    const digest = new Uint8Array(createHash('sha256').update(data).digest());

    const first = await requestTimestamp(url, digest, { trustAnchors: [pki.tsa.ca.certificate] });
    const second = await requestTimestamp(url, digest, { trustAnchors: [pki.tsa.ca.certificate] });

    expect(second.serialNumber).not.toBe(first.serialNumber);
    expect(Math.abs(first.genTime.getTime() - Date.now())).toBeLessThan(60_000);
  });

  it('makes the client refuse a reply from a TSA outside its trust anchors', async () => {
    const digest = new Uint8Array(createHash('sha256').update(data).digest());

    await expect(
      requestTimestamp(url, digest, { trustAnchors: [pki.jpki.ca.certificate] }),
    ).rejects.toBeInstanceOf(TimestampRequestError);
  });

  it('rejects a request that is not DER with a rejection, not an error', async () => {
    const reply = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/timestamp-query' },
      body: new Uint8Array([1, 2, 3]),
    });
    const replyPath = writeScratchFile(
      directory,
      'rejected.tsr',
      new Uint8Array(await reply.arrayBuffer()),
    );

    expect(reply.status).toBe(200);
    expect(openssl(['ts', '-reply', '-in', replyPath, '-text']).output).toContain(
      'Status: Rejected',
    );
  });

  it('answers 415 to a body of another media type', async () => {
    const reply = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'x',
    });

    expect(reply.status).toBe(415);
  });
});

afterAll(removeScratchDirectories);
