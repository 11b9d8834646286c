/** Messages for a person: Japanese first (the authoritative language), English, and optionally easy Japanese. */
export type ErrorMessages = { ja: string; en: string; easyJa?: string };
export type FieldIssue = { path: string; code: string; message: ErrorMessages };
export type ApiErrorBody = {
  error: { code: string; message: ErrorMessages; fields: FieldIssue[] };
};

/**
 * The one exception type the API throws on purpose. Each feature module keeps a closed table of
 * its codes (status + messages) and throws through it; the filter turns it into the error shape.
 */
export class ApiException extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly messages: ErrorMessages,
    readonly fields: FieldIssue[] = [],
  ) {
    super(code);
    this.name = 'ApiException';
  }

  toBody(): ApiErrorBody {
    return { error: { code: this.code, message: this.messages, fields: this.fields } };
  }
}
