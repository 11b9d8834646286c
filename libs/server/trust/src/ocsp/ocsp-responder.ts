import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

import { Constructed, Enumerated, GeneralizedTime, OctetString, Primitive } from 'asn1js';
import {
  BasicOCSPResponse,
  Certificate,
  OCSPRequest,
  OCSPResponse,
  ResponseBytes,
  ResponseData,
  SingleResponse,
  id_PKIX_OCSP_Basic,
  type CertID,
  type Extension,
} from 'pkijs';

import type { CertifiedKey } from '../certificate-authority.js';
import type { RevocationEntry } from '../crl.js';
import { createDerHttpHandler } from '../der-http-handler.js';
import { bytesEqual } from '../cms/signer-info-check.js';

const HASHES: Record<string, string> = {
  '1.3.14.3.2.26': 'sha1',
  '2.16.840.1.101.3.4.2.1': 'sha256',
};
// RFC 6960 §4.2.1 OCSPResponseStatus.
const RESPONSE_STATUS = { successful: 0, malformedRequest: 1, unauthorized: 6 } as const;
const NONCE_EXTENSION = '1.3.6.1.5.5.7.48.1.2';

export type OcspResponder = {
  /** A DER OCSPRequest in, a DER OCSPResponse out; a bad request gets malformedRequest. */
  respond(requestDer: Uint8Array): Promise<Uint8Array>;
};

/**
 * An RFC 6960 responder for one CA, signed by the CA itself (so no delegated responder
 * certificate is needed): `good` unless `revoked()` lists the serial number, then `revoked`
 * with its time. It answers only for certificates of that CA (`unauthorized` otherwise) and
 * echoes the request's nonce. `good` means "not revoked": the demo CA keeps no register of
 * every serial it issued.
 */
export function createOcspResponder(options: {
  readonly ca: CertifiedKey;
  readonly revoked: () => readonly RevocationEntry[];
  readonly clock?: () => Date;
}): OcspResponder {
  const clock = options.clock ?? (() => new Date());
  const caCertificate = Certificate.fromBER(options.ca.certificate.rawData);
  const caNameDer = new Uint8Array(caCertificate.subject.toSchema().toBER(false));
  const caKeyBits = caCertificate.subjectPublicKeyInfo.subjectPublicKey.valueBlock.valueHexView;

  const isOurs = (certId: CertID): boolean => {
    const hash = HASHES[certId.hashAlgorithm.algorithmId];
    if (!hash) {
      return false;
    }
    const digest = (bytes: Uint8Array) => new Uint8Array(createHash(hash).update(bytes).digest());
    return (
      bytesEqual(certId.issuerNameHash.valueBlock.valueHexView, digest(caNameDer)) &&
      bytesEqual(certId.issuerKeyHash.valueBlock.valueHexView, digest(caKeyBits))
    );
  };

  return {
    async respond(requestDer) {
      let request: OCSPRequest;
      try {
        request = OCSPRequest.fromBER(requestDer);
      } catch {
        return statusOnly(RESPONSE_STATUS.malformedRequest);
      }
      const certIds = request.tbsRequest.requestList.map((item) => item.reqCert);
      if (certIds.length === 0) {
        return statusOnly(RESPONSE_STATUS.malformedRequest);
      }
      if (!certIds.every(isOurs)) {
        return statusOnly(RESPONSE_STATUS.unauthorized);
      }
      const now = clock();
      const revoked = options.revoked();
      const basic = new BasicOCSPResponse({
        tbsResponseData: new ResponseData({
          responderID: caCertificate.subject,
          producedAt: now,
          responses: certIds.map((certID) => {
            const serial = Buffer.from(certID.serialNumber.valueBlock.valueHexView).toString('hex');
            const entry = revoked.find((item) => sameSerial(item.serialNumber, serial));
            return new SingleResponse({ certID, certStatus: certStatus(entry), thisUpdate: now });
          }),
          ...nonceOf(request.tbsRequest.requestExtensions),
        }),
      });
      await basic.sign(options.ca.privateKey, 'SHA-256');
      return new Uint8Array(
        new OCSPResponse({
          responseStatus: new Enumerated({ value: RESPONSE_STATUS.successful }),
          responseBytes: new ResponseBytes({
            responseType: id_PKIX_OCSP_Basic,
            response: new OctetString({ valueHex: basic.toSchema().toBER(false) }),
          }),
        })
          .toSchema()
          .toBER(false),
      );
    },
  };
}

/** RFC 6960 Appendix A.1 over HTTP POST: `application/ocsp-request` → `application/ocsp-response`. */
export function createOcspHttpHandler(
  responder: OcspResponder,
): (request: IncomingMessage, response: ServerResponse) => Promise<void> {
  return createDerHttpHandler('application/ocsp-request', 'application/ocsp-response', (der) =>
    responder.respond(der),
  );
}

// CertStatus ::= CHOICE { good [0] IMPLICIT NULL, revoked [1] IMPLICIT RevokedInfo, unknown [2] … }:
// the context tags are set on asn1js types, as pkijs documents for building a SingleResponse.
function certStatus(entry: RevocationEntry | undefined): Primitive | Constructed {
  if (!entry) {
    return new Primitive({ idBlock: { tagClass: 3, tagNumber: 0 } });
  }
  return new Constructed({
    idBlock: { tagClass: 3, tagNumber: 1 },
    value: [new GeneralizedTime({ valueDate: entry.revokedAt })],
  });
}

function nonceOf(extensions: Extension[] | undefined): { responseExtensions?: Extension[] } {
  const nonce = extensions?.find((extension) => extension.extnID === NONCE_EXTENSION);
  return nonce ? { responseExtensions: [nonce] } : {};
}

function sameSerial(a: string, b: string): boolean {
  return a.replace(/^0+/, '').toLowerCase() === b.replace(/^0+/, '').toLowerCase();
}

function statusOnly(status: number): Uint8Array {
  return new Uint8Array(
    new OCSPResponse({ responseStatus: new Enumerated({ value: status }) }).toSchema().toBER(false),
  );
}
