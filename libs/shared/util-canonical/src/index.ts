export { canonicalJson, sha256, toHex } from './canonical-json.js';
export type { JsonValue } from './canonical-json.js';
export { CANONICAL_SUBMISSION_FORMAT, canonicalSubmission } from './canonical-submission.js';
export type { AttachmentDigest, CanonicalSubmission } from './canonical-submission.js';
