import { createServer, type Server } from 'node:http';
import { join } from 'node:path';

import {
  createDemoPki,
  createTimestampAuthority,
  createTimestampHttpHandler,
  writeDemoPki,
} from '@madoguchi/server-trust';

import { CHIYODA, YOKOHAMA } from './samples.js';

export type TestSealTrust = {
  /** SEAL_* and TSA_* for `startApiTestApp`. */
  readonly env: Record<string, string>;
  readonly paths: {
    readonly municipalCa: string;
    readonly tsaCa: string;
    readonly tsaUnit: string;
  };
  close(): Promise<void>;
};

/**
 * A demo PKI on disk (municipal CA, a seal per test municipality, TSA) and an RFC 3161 TSA on a
 * loopback port, the roles apps/demo-trust plays for `npm start`.
 */
export async function startTestSealTrust(directory: string): Promise<TestSealTrust> {
  const pki = await createDemoPki({
    residents: [],
    municipalities: [
      { code: CHIYODA, nameJa: '千代田区' },
      { code: YOKOHAMA, nameJa: '横浜市' },
    ],
  });
  const pkiDir = join(directory, 'demo-pki');
  await writeDemoPki(pkiDir, pki);
  const handler = createTimestampHttpHandler(
    createTimestampAuthority({ unit: pki.tsa.unit, chain: [] }),
  );
  const server: Server = createServer((request, response) => {
    void handler(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const paths = {
    municipalCa: join(pkiDir, 'municipal/ca.pem'),
    tsaCa: join(pkiDir, 'tsa/ca.pem'),
    tsaUnit: join(pkiDir, 'tsa/tsa.pem'),
  };
  return {
    env: {
      SEAL_CERTIFICATES_DIR: join(pkiDir, 'municipal/seals'),
      SEAL_TRUST_ANCHORS: paths.municipalCa,
      SEAL_CRL: join(pkiDir, 'municipal/crl.pem'),
      TSA_URL: `http://127.0.0.1:${port}/tsa`,
      TSA_TRUST_ANCHORS: paths.tsaCa,
    },
    paths,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
