import { Injectable } from '@nestjs/common';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * Prometheus metrics of one API process. Every replica exposes its own; Prometheus sums them.
 * Labels use the route pattern, never the URL (no ids, no personal data).
 */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();

  readonly httpRequestDuration = new Histogram({
    name: 'madoguchi_http_request_duration_seconds',
    help: 'HTTP request duration by method, route pattern and status code',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  readonly applicationsSubmitted = new Counter({
    name: 'madoguchi_applications_submitted_total',
    help: 'Applications stored, by municipality and procedure',
    labelNames: ['municipality', 'procedure'] as const,
    registers: [this.registry],
  });

  readonly validationRejections = new Counter({
    name: 'madoguchi_validation_rejections_total',
    help: 'Requests refused with a 4xx, by error code',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });

  /**
   * 個人番号 reveals by staff, by outcome (`revealed` or the refusal code) and municipality (never
   * who or which application: that is in the audit log). Alert on a rise of refusals, e.g.
   * `increase(madoguchi_personal_number_reveals_total{outcome!="revealed"}[15m]) > 5`.
   */
  readonly personalNumberReveals = new Counter({
    name: 'madoguchi_personal_number_reveals_total',
    help: '個人番号 reveals requested by staff, by outcome (revealed or the refusal code) and municipality',
    labelNames: ['outcome', 'municipality'] as const,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'madoguchi_api_' });
  }

  render(): Promise<string> {
    return this.registry.metrics();
  }
}
