export const WORKER_ENV = Symbol('WORKER_ENV');
export const RELAY_QUEUE = Symbol('RELAY_QUEUE');
