import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { isIsoDate } from '../../modules/graph/rules/property-values.js';
import { formatMessage, type Locale } from '../i18n/catalogue.js';
import type { WordedError } from '../errors.js';

/** A value that is not a calendar date; graphql-js quotes it inside its own (English) variable error. */
class BadDateError extends GraphQLError implements WordedError {
  constructor(readonly got: string) {
    super(formatMessage('api.date', { got }), { extensions: { code: 'BAD_USER_INPUT' } });
  }

  wordedIn(locale: Locale): string {
    return formatMessage('api.date', { got: this.got }, locale);
  }
}

function parseDate(value: unknown): string {
  if (typeof value === 'string' && isIsoDate(value)) return value;
  throw new BadDateError(JSON.stringify(value) ?? String(value));
}

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, ISO 8601 YYYY-MM-DD.',
  serialize: (value) => String(value).slice(0, 10),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});
