export * from './queues.js';
export * from './jobs.js';
export * from './api.js';
export * from './push-endpoint.js';
export * from './push-service-hosts-setting.js';
export * from './email-confirmation.js';
