import { GraphQLScalarType } from 'graphql';
import { DateTimeISOResolver, LocalDateResolver } from 'graphql-scalars';
import { DATE_RANGE_TEXT, EARLIEST_INSTANT, LATEST_INSTANT } from '../domain/date-range';

// #6 §10: the scalars of graphql-scalars with the accepted range in their description; the range itself is
// enforced by the domain (domain/date-range.ts), which names the field at fault.
const refusal = 'other values are refused with BAD_USER_INPUT, reason DATE_OUT_OF_RANGE, naming the field';

export const DateTimeScalar = new GraphQLScalarType({
  ...DateTimeISOResolver.toConfig(),
  description: `An instant, written as an ISO 8601 / RFC 3339 date-time with an offset (e.g. 2026-03-02T09:00:00Z or 2026-03-02T10:00:00+01:00) and returned in UTC. Accepted in ${DATE_RANGE_TEXT}: from ${EARLIEST_INSTANT.toISOString()} to ${LATEST_INSTANT.toISOString()}; ${refusal}.`,
});

export const LocalDateScalar = new GraphQLScalarType({
  ...LocalDateResolver.toConfig(),
  description: `A calendar date with no time zone, YYYY-MM-DD (e.g. 2026-03-02). Accepted in ${DATE_RANGE_TEXT}: from ${EARLIEST_INSTANT.toISOString().slice(0, 10)} to ${LATEST_INSTANT.toISOString().slice(0, 10)}; ${refusal}.`,
});
