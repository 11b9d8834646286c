/** Injection tokens for values that are not classes. */
export const ENV = Symbol('ENV');
export const REDIS = Symbol('REDIS');
export const PERSONAL_DATA_CIPHER = Symbol('PERSONAL_DATA_CIPHER');
/** The reminder rules of every municipality (`seeds/notification-rules`, read at start-up). */
export const RULE_BOOK = Symbol('RULE_BOOK');
