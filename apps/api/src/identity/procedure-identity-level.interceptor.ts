import type { CallHandler, ExecutionContext, NestInterceptor } from '@nestjs/common';
import { Injectable, SetMetadata, UseInterceptors, applyDecorators } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { assertNever } from '@madoguchi/procedures-domain';
import type { Observable } from 'rxjs';
import { from, switchMap } from 'rxjs';

import type { RequestWithActor } from './authenticated.decorator.js';
import { ProcedureIdentityLevels } from './identity-level.js';

/**
 * Where a route names its procedure: `body` (`municipalityCode` and `procedureId` in the JSON
 * body), `draft` or `application` (the `:id` parameter, one of the resident's own).
 */
export type ProcedureReference = 'body' | 'draft' | 'application';

const PROCEDURE_REFERENCE = 'madoguchi:procedure-identity-level';
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type ProcedureRequest = RequestWithActor & {
  body?: unknown;
  params?: Record<string, string | undefined>;
};

function bodyField(body: unknown, name: string): string | null {
  if (body === null || typeof body !== 'object') {
    return null;
  }
  const value = (body as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : null;
}

/**
 * Checks, before the handler runs, that the resident's session has the identity level the
 * procedure the route touches needs (DS-511: a procedure with a 個人番号 needs level 3 on every
 * route, not only at submission). An interceptor rather than a guard: it runs inside the
 * request's tenant transaction, so its lookups of drafts and applications stay under row-level
 * security. Uploads name their procedure in the multipart stream and call
 * `ProcedureIdentityLevels.assertForProcedure` once the fields are read.
 */
@Injectable()
export class ProcedureIdentityLevelInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly levels: ProcedureIdentityLevels,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const reference = this.reflector.get<ProcedureReference | undefined>(
      PROCEDURE_REFERENCE,
      context.getHandler(),
    );
    const request = context.switchToHttp().getRequest<ProcedureRequest>();
    return from(this.check(reference, request)).pipe(switchMap(() => next.handle()));
  }

  private async check(
    reference: ProcedureReference | undefined,
    request: ProcedureRequest,
  ): Promise<void> {
    const { actor } = request;
    if (reference === undefined || actor?.kind !== 'resident') {
      return;
    }
    // Pipes (UuidParamPipe) run after interceptors: an id that is no UUID is left to its 404.
    const rawId = request.params?.['id'];
    const id = rawId !== undefined && UUID_PATTERN.test(rawId) ? rawId.toLowerCase() : undefined;
    switch (reference) {
      case 'body': {
        const municipalityCode = bodyField(request.body, 'municipalityCode');
        const procedureId = bodyField(request.body, 'procedureId');
        // A body without them is refused by the handler's validation.
        if (municipalityCode !== null && procedureId !== null) {
          await this.levels.assertForProcedure(actor, municipalityCode, procedureId);
        }
        return;
      }
      case 'draft':
        if (id !== undefined) {
          await this.levels.assertForDraft(actor, id);
        }
        return;
      case 'application':
        if (id !== undefined) {
          await this.levels.assertForApplication(actor, id);
        }
        return;
      default:
        assertNever(reference);
    }
  }
}

/**
 * `@RequireProcedureIdentityLevel('draft')`: the route refuses a resident whose identity level is
 * below what the procedure it touches needs (403 `identity_level_insufficient`).
 */
export const RequireProcedureIdentityLevel = (reference: ProcedureReference): MethodDecorator =>
  applyDecorators(
    SetMetadata(PROCEDURE_REFERENCE, reference),
    UseInterceptors(ProcedureIdentityLevelInterceptor),
  );
