import { TestEnvironment } from 'jest-environment-jsdom';

/**
 * jsdom plus the Web APIs it lacks but browsers have: react-router's data router builds fetch
 * Requests with an AbortSignal, so both come from Node (a jsdom AbortSignal would not fit Node's Request).
 */
export default class BrowserLikeEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    this.global.TextEncoder = globalThis.TextEncoder;
    this.global.TextDecoder = globalThis.TextDecoder;
    this.global.Request = globalThis.Request;
    this.global.Response = globalThis.Response;
    this.global.Headers = globalThis.Headers;
    this.global.AbortController = globalThis.AbortController;
    this.global.AbortSignal = globalThis.AbortSignal;
  }
}
