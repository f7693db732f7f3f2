import { randomUUID } from 'node:crypto';
import { unwrapResolverError } from '@apollo/server/errors';
import type { ValidationError } from 'class-validator';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { DomainError } from '../domain/errors';
import { ErrorReason } from '../domain/error-reasons';
import { databaseUnavailableBody, isDatabaseUnavailable, logDatabaseUnavailable } from './database-unavailable';

interface FieldProblem {
  field: string;
  messages: string[];
  reason: ErrorReason;
}

const REASONS = new Set<unknown>(Object.values(ErrorReason));

/** A rule may name its reason in its class-validator context (e.g. FORBIDDEN_CHARACTER); otherwise VALIDATION. */
function reasonOf(error: ValidationError): ErrorReason {
  const named = Object.values(error.contexts ?? {}).map((context) => context?.reason).find((reason) => REASONS.has(reason));
  return (named as ErrorReason | undefined) ?? ErrorReason.VALIDATION;
}

/** class-validator nests errors of input objects; the leaves name the offending fields. */
function leaves(errors: ValidationError[]): FieldProblem[] {
  return errors.flatMap((error) =>
    error.children?.length
      ? leaves(error.children)
      : [{ field: error.property, messages: Object.values(error.constraints ?? {}), reason: reasonOf(error) }],
  );
}

// Apollo's own input errors name the field only in their message.
const FIELD_IN_MESSAGE = [/Field "(\w+)" is not defined by type/, /Variable "\$(\w+)" got invalid value/, /Argument "(\w+)"/];
// #8: a required input field left empty (null) or out names that field, so forms show it next to it.
const MISSING_FIELD = [/got invalid value null at "(?:\w+\.)*(\w+)"; Expected non-nullable type/, /Field "(\w+)" of required type "[^"]+" was not provided/];

function fieldFromMessage(message: string): { field?: string; reason?: ErrorReason } {
  for (const pattern of MISSING_FIELD) {
    const match = message.match(pattern);
    if (match) return { field: match[1], reason: ErrorReason.VALUE_REQUIRED };
  }
  for (const pattern of FIELD_IN_MESSAGE) {
    const match = message.match(pattern);
    if (match) return { field: match[1] };
  }
  return {};
}

const UNIQUE_VIOLATION = /ER_DUP_ENTRY|SQLITE_CONSTRAINT_UNIQUE|UNIQUE constraint failed|Duplicate entry/;

/**
 * The one place errors become what clients see: domain errors keep their code, reason and field; input
 * validation names the field; a unique index that refuses a row is a CONFLICT; a database that does not answer
 * is SERVICE_UNAVAILABLE (database-unavailable.ts, answered 503, #6 §9); anything unexpected is masked
 * as "An error occurred" with an id that is also in the server log (never a stack trace or SQL).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { locations: formatted.locations, path: formatted.path };
  if (original instanceof DomainError) {
    return {
      ...base,
      message: original.message,
      extensions: {
        code: original.kind,
        reason: original.reason,
        ...(original.field ? { field: original.field } : {}),
        ...(original.details ? { details: original.details } : {}),
      },
    };
  }
  if (original instanceof ArgumentValidationError) {
    const problems = leaves(original.extensions.validationErrors);
    return {
      ...base,
      message: problems.map((p) => `${p.field}: ${p.messages.join(', ')}`).join('; ') || 'invalid input',
      extensions: { code: 'BAD_USER_INPUT', reason: problems[0]?.reason ?? ErrorReason.VALIDATION, field: problems[0]?.field, problems },
    };
  }
  if (isDatabaseUnavailable(original)) {
    logDatabaseUnavailable(formatted.path ? `resolving ${formatted.path.join('.')}` : 'building the request context', original);
    return { ...base, ...databaseUnavailableBody() };
  }
  if (original instanceof Error && UNIQUE_VIOLATION.test(`${(original as { code?: string }).code} ${original.message}`)) {
    return { ...base, message: 'this would duplicate an existing record', extensions: { code: 'CONFLICT', reason: ErrorReason.DUPLICATE } };
  }
  const code = formatted.extensions?.code;
  if (original instanceof GraphQLError && typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') {
    const { field, reason: missing } = fieldFromMessage(formatted.message);
    // Errors raised outside resolvers (request policy, refused credentials) may carry an ErrorReason too.
    const reason = formatted.extensions?.reason ?? missing;
    return { ...base, message: formatted.message, extensions: { code, ...(typeof reason === 'string' ? { reason } : {}), ...(field ? { field } : {}) } };
  }
  const errorId = randomUUID();
  console.error(`[graphql] error ${errorId}`, original);
  return { ...base, message: 'An error occurred', extensions: { code: 'INTERNAL_SERVER_ERROR', errorId } };
}
