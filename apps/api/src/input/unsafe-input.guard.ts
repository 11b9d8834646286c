import type { CanActivate, ExecutionContext } from '@nestjs/common';
import { Injectable } from '@nestjs/common';
import { findUnsafeStrings } from '@madoguchi/forms-schema';
import type { FieldIssue } from '@madoguchi/server-util-nest';
import { ApiException } from '@madoguchi/server-util-nest';

type RequestLike = { body?: unknown; query?: unknown; params?: unknown };

const MESSAGE = {
  ja: '使えない文字（制御文字や文字の向きを変える記号）が含まれています。入力し直してください。',
  en: 'The request contains a character that cannot be used (a control character or a text-direction mark). Please enter it again.',
  easyJa: '使えない文字が入っています。もう一度書いてください。',
};

/** The paths of the unsafe strings of a request: `body.answers.name`, `query.q`, `params.id`. */
export function findUnsafeInput(request: RequestLike): string[] {
  return [
    // A body may hold text of several lines (a longText answer, a message to the resident).
    ...findUnsafeStrings(request.body, 'body', { allowLineBreaks: true }),
    ...findUnsafeStrings(request.query, 'query', { allowLineBreaks: false }),
    ...findUnsafeStrings(request.params, 'params', { allowLineBreaks: false }),
  ];
}

/**
 * The edge for text: every string of every request (body, query, path parameters, and their keys)
 * is checked for control and bidi characters (`findUnsafeCharacter` of the form engine) before
 * any handler, pipe or query runs. A guard, not a pipe: a global guard runs for every route,
 * whatever its handler reads (`@Body`, `@Query`, `@Param` or the raw request). Answers are also
 * checked by the compiled form, so the browser says the same before sending.
 */
@Injectable()
export class UnsafeInputGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') {
      return true;
    }
    const paths = findUnsafeInput(context.switchToHttp().getRequest<RequestLike>());
    if (paths.length > 0) {
      const fields: FieldIssue[] = paths.map((path) => ({
        path,
        code: 'invalid_characters',
        message: MESSAGE,
      }));
      throw new ApiException(400, 'invalid_characters', MESSAGE, fields);
    }
    return true;
  }
}
