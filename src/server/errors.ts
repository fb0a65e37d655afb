import type { ErrorBody } from '../domain/sync';

/**
 * An error with an HTTP status and a stable code, thrown by routes and by the store where the sync
 * contract names a status (a mutation gap is 409). The global error handler turns it into
 * `{ "error": { code, message } }`.
 */
export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  toBody(): { error: ErrorBody } {
    return { error: { code: this.code, message: this.message } };
  }
}
