import type { CallHandler, ExecutionContext, NestInterceptor } from '@nestjs/common';
import { Injectable } from '@nestjs/common';
import type { Observable } from 'rxjs';
import { finalize } from 'rxjs';

import { MetricsService } from './metrics.service.js';

type RequestLike = { method: string; route?: { path?: string } };
type ResponseLike = { statusCode: number };

/** Times every handled request under its route pattern (e.g. /api/me/applications/:id). */
@Injectable()
export class HttpMetricsInterceptor implements NestInterceptor {
  constructor(private readonly metrics: MetricsService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') {
      return next.handle();
    }
    const http = context.switchToHttp();
    const request = http.getRequest<RequestLike>();
    const stopTimer = this.metrics.httpRequestDuration.startTimer({ method: request.method });
    return next.handle().pipe(
      finalize(() => {
        stopTimer({
          route: request.route?.path ?? 'unmatched',
          status: String(http.getResponse<ResponseLike>().statusCode),
        });
      }),
    );
  }
}
