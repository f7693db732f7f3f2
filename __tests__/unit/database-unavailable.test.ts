import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { notFound } from '../../domain/errors';
import { isDatabaseUnavailable } from '../../graphql/database-unavailable';

// #6 §9: the one mapping of driver errors to "database unavailable" (503), through the ways errors get wrapped.
const driverError = (code: string) => Object.assign(new Error(`driver says ${code}`), { code });
const failedQuery = (code: string) => new QueryFailedError('SELECT 1', [], driverError(code));
const inResolver = (error: Error) => new GraphQLError(error.message, { originalError: error, path: ['sessions'] });

describe('isDatabaseUnavailable', () => {
  it.each([
    'ECONNREFUSED',
    'ECONNRESET',
    'ETIMEDOUT',
    'PROTOCOL_CONNECTION_LOST',
    'PROTOCOL_SEQUENCE_TIMEOUT',
    'ER_CON_COUNT_ERROR',
    'ER_LOCK_WAIT_TIMEOUT',
    'SQLITE_BUSY',
    'SQLITE_BUSY_SNAPSHOT',
  ])('%s is the database being unavailable, raw, from TypeORM and from a resolver', (code) => {
    expect(isDatabaseUnavailable(driverError(code))).toBe(true);
    expect(isDatabaseUnavailable(failedQuery(code))).toBe(true);
    expect(isDatabaseUnavailable(inResolver(failedQuery(code)))).toBe(true);
    // graphql-js wraps what is not `instanceof Error` of its realm in `thrownValue`.
    expect(isDatabaseUnavailable(new GraphQLError('Unexpected error value', { originalError: Object.assign(new Error(), { thrownValue: { code } }) }))).toBe(true);
    expect(isDatabaseUnavailable(new Error('wrapper', { cause: driverError(code) }))).toBe(true);
  });

  it.each(['ER_DUP_ENTRY', 'ER_PARSE_ERROR', 'ER_NO_REFERENCED_ROW_2', 'SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_ERROR'])(
    '%s is not: the request itself is at fault',
    (code) => {
      expect(isDatabaseUnavailable(inResolver(failedQuery(code)))).toBe(false);
    },
  );

  it('domain errors, plain errors and non-errors are not', () => {
    expect(isDatabaseUnavailable(inResolver(notFound('training')))).toBe(false);
    expect(isDatabaseUnavailable(new Error('boom'))).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);
    expect(isDatabaseUnavailable('ECONNREFUSED')).toBe(false);
  });
});
