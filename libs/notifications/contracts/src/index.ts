export * from './queues.js';
export * from './jobs.js';
export * from './api.js';
export * from './push-endpoint.js';
export * from './email-confirmation.js';
