export const WORKER_ENV = Symbol('WORKER_ENV');
/** Fail-fast producer of the notifications queue (the outbox relay, the scan's batches). */
export const RELAY_QUEUE = Symbol('RELAY_QUEUE');
/** Fail-fast producer of the deliveries queue (the delivery relay and the scan). */
export const DELIVERY_QUEUE = Symbol('DELIVERY_QUEUE');
