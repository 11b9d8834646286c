export * from './queues.js';
export * from './jobs.js';
