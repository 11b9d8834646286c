export type { ApiErrorBody, ErrorMessages, FieldIssue } from './api-exception.js';
export { ApiException } from './api-exception.js';
export { ApiExceptionFilter } from './api-exception.filter.js';
export { ZodBodyPipe, zodIssuesToFieldIssues } from './zod-body.pipe.js';
export { isDatabaseBusy, serviceBusyException } from './database-busy.js';
export { isServiceUnavailable, serviceUnavailableException } from './service-unavailable.js';
export { answerClientErrorsInErrorShape } from './client-error.js';
