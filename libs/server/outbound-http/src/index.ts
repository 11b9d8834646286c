export type {
  OutboundFailureReason,
  OutboundHttpOptions,
  OutboundPost,
  OutboundResponse,
} from './outbound-http.js';
export { OutboundHttp, OutboundRequestError } from './outbound-http.js';
