export * from './api-error.contract.js';
export * from './session.contract.js';
export * from './catalog.contract.js';
export * from './application.contract.js';
export * from './notification.contract.js';
export * from './staff.contract.js';
export * from './draft.contract.js';
export * from './attachment.contract.js';
