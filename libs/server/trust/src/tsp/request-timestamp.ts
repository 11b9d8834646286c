// @peculiar/x509 resolves its services through tsyringe, which needs the Reflect metadata API.
import 'reflect-metadata';

import { randomBytes } from 'node:crypto';

import type { X509Certificate } from '@peculiar/x509';
import { Integer, OctetString } from 'asn1js';
import { AlgorithmIdentifier, MessageImprint, PKIStatus, TimeStampReq, TimeStampResp } from 'pkijs';

import { bytesEqual } from '../cms/signer-info-check.js';
import { toArrayBuffer } from '../cms/cms-attributes.js';
import { OID } from '../oids.js';
import { checkTimestampToken } from './timestamp-token.js';

export type Timestamp = {
  /** DER of the TimeStampToken (ContentInfo), to store or to embed as an unsigned attribute. */
  readonly token: Uint8Array;
  readonly genTime: Date;
  readonly serialNumber: string;
};

export class TimestampRequestError extends Error {
  constructor(
    readonly reason: 'network_error' | 'http_status' | 'rejected' | 'invalid_reply',
    message: string,
  ) {
    super(message);
    this.name = 'TimestampRequestError';
  }
}

export type RequestTimestampOptions = {
  /** The TSA's trust anchors: when given, the reply's TSA certificate must chain to one. */
  readonly trustAnchors?: readonly X509Certificate[];
  readonly fetch?: typeof fetch;
  readonly timeoutMs?: number;
};

/** The DER TimeStampReq for a SHA-256 digest: version 1, a 64-bit nonce, certReq true. */
export function createTimestampRequest(digest: Uint8Array): { der: Uint8Array; nonce: Uint8Array } {
  if (digest.byteLength !== 32) {
    throw new TypeError('A SHA-256 digest is 32 bytes.');
  }
  const nonce = new Uint8Array(randomBytes(8));
  nonce[0] = ((nonce[0] ?? 0) & 0x7f) | 0x40;
  const request = new TimeStampReq({
    version: 1,
    messageImprint: new MessageImprint({
      hashAlgorithm: new AlgorithmIdentifier({ algorithmId: OID.sha256 }),
      hashedMessage: new OctetString({ valueHex: toArrayBuffer(digest) }),
    }),
    nonce: new Integer({ valueHex: toArrayBuffer(nonce) }),
    certReq: true,
  });
  return { der: new Uint8Array(request.toSchema().toBER(false)), nonce };
}

/**
 * Asks the TSA at `url` to stamp `digest` (RFC 3161 over HTTP) and checks the reply before
 * returning it: status granted, the imprint and nonce ours, the TSA's signature valid (and its
 * certificate chaining to `trustAnchors` when given). Throws a `TimestampRequestError`.
 */
export async function requestTimestamp(
  url: string,
  digest: Uint8Array,
  options: RequestTimestampOptions = {},
): Promise<Timestamp> {
  const { der, nonce } = createTimestampRequest(digest);
  const fetchImpl = options.fetch ?? fetch;
  let replyBytes: Uint8Array;
  try {
    const reply = await fetchImpl(url, {
      method: 'POST',
      headers: { 'content-type': 'application/timestamp-query' },
      body: der,
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    });
    if (!reply.ok) {
      throw new TimestampRequestError('http_status', `The TSA answered HTTP ${reply.status}.`);
    }
    replyBytes = new Uint8Array(await reply.arrayBuffer());
  } catch (error) {
    if (error instanceof TimestampRequestError) {
      throw error;
    }
    throw new TimestampRequestError('network_error', 'The TSA could not be reached.');
  }
  return checkTimestampReply(replyBytes, { digest, nonce, trustAnchors: options.trustAnchors });
}

/** The checks of `requestTimestamp` on a reply already received (for a TSA called in-process). */
export async function checkTimestampReply(
  replyDer: Uint8Array,
  expected: {
    readonly digest: Uint8Array;
    readonly nonce?: Uint8Array;
    readonly trustAnchors?: readonly X509Certificate[] | undefined;
  },
): Promise<Timestamp> {
  let response: TimeStampResp;
  try {
    response = TimeStampResp.fromBER(replyDer);
  } catch {
    throw new TimestampRequestError('invalid_reply', 'The reply is not a TimeStampResp.');
  }
  const status = response.status.status;
  if (status !== PKIStatus.granted && status !== PKIStatus.grantedWithMods) {
    throw new TimestampRequestError('rejected', 'The TSA refused the request.');
  }
  const token = response.timeStampToken;
  if (!token) {
    throw new TimestampRequestError('invalid_reply', 'The reply has no token.');
  }
  const check = await checkTimestampToken({
    token,
    imprint: expected.digest,
    ...(expected.trustAnchors ? { trustAnchors: expected.trustAnchors } : {}),
  });
  if (!check.isValid) {
    throw new TimestampRequestError('invalid_reply', check.message);
  }
  if (expected.nonce && (!check.nonce || !bytesEqual(check.nonce, expected.nonce))) {
    throw new TimestampRequestError('invalid_reply', 'The reply does not echo our nonce.');
  }
  return {
    token: new Uint8Array(token.toSchema().toBER(false)),
    genTime: check.genTime,
    serialNumber: check.serialNumber,
  };
}
