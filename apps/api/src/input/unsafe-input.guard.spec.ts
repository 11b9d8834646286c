import type { ExecutionContext } from '@nestjs/common';
import { ApiException } from '@madoguchi/server-util-nest';

import { UnsafeInputGuard, findUnsafeInput } from './unsafe-input.guard.js';

function httpContext(request: object): ExecutionContext {
  return {
    getType: () => 'http',
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext;
}

describe(UnsafeInputGuard.name, () => {
  it.each([
    ['a NUL in an answer', { body: { answers: { name: 'a\u0000' } } }, ['body.answers.name']],
    ['an override in a query', { query: { q: '\u202e' } }, ['query.q']],
    ['a line break in a path parameter', { params: { id: 'a\nb' } }, ['params.id']],
    ['a line break in a query', { query: { q: 'a\r\nb' } }, ['query.q']],
    ['a C1 control in a key of the body', { body: { ['a\u0085']: 1 } }, ['body.a\\u{85}']],
  ])('finds %s', (_case, request, expected) => {
    expect(findUnsafeInput(request)).toEqual(expected);
  });

  it('lets the lines and tabs of a body through, and plain Japanese anywhere', () => {
    const request = {
      body: { message: '一行目\n二行目\tタブ' },
      query: { q: 'ちよだ 千代田' },
      params: { code: '131016' },
    };

    expect(findUnsafeInput(request)).toEqual([]);
    expect(new UnsafeInputGuard().canActivate(httpContext(request))).toBe(true);
  });

  it('refuses with 400 invalid_characters, the path of each string and messages in ja, en and やさしい日本語', () => {
    const guard = new UnsafeInputGuard();

    let thrown: unknown;
    try {
      guard.canActivate(httpContext({ body: { a: '\u0000', b: ['\u2066'] } }));
    } catch (error) {
      thrown = error;
    }

    expect(thrown).toBeInstanceOf(ApiException);
    const body = (thrown as ApiException).toBody();
    expect((thrown as ApiException).status).toBe(400);
    expect(body.error.code).toBe('invalid_characters');
    expect(body.error.fields.map((field) => field.path)).toEqual(['body.a', 'body.b[0]']);
    expect(body.error.message).toEqual({
      ja: expect.any(String),
      en: expect.any(String),
      easyJa: expect.any(String),
    });
  });
});
