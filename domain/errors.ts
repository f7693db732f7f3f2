import { ErrorReason } from './error-reasons';

/**
 * The one error type domain code throws. `kind` is the public category (it becomes `extensions.code`),
 * `reason` a stable machine-readable cause (ErrorReason), `field` the input field at fault, when there is one.
 */
export const ERROR_KINDS = ['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'FORBIDDEN', 'UNAUTHENTICATED'] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

export class DomainError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly reason: ErrorReason,
    message: string,
    readonly field?: string,
    /** Values the screens put in the reason's translated message (e.g. the placeholder named, how many events). */
    readonly details?: Record<string, string | number>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const badInput = (field: string, reason: ErrorReason, message: string, details?: Record<string, string | number>) =>
  new DomainError('BAD_USER_INPUT', reason, message, field, details);

/** Same answer for a missing id and for an object outside the actor's scope. */
export const notFound = (what: string, field?: string) =>
  new DomainError('NOT_FOUND', ErrorReason.NOT_FOUND, `${what} not found`, field);

export const conflict = (reason: ErrorReason, message: string, field?: string, details?: Record<string, string | number>) =>
  new DomainError('CONFLICT', reason, message, field, details);

export const forbidden = (reason: ErrorReason, message: string) => new DomainError('FORBIDDEN', reason, message);
