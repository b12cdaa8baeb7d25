/**
 * Every error the API can answer with, in one place. Expected failures of a mutation
 * travel as data (`{ ok: false, errors: [FieldError] }`); bad arguments, missing ids,
 * refusals and outages as GraphQL errors with a code; anything else is masked.
 */
import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { Neo4jError } from 'neo4j-driver';
import type { Logger } from './logger.js';

/** A problem with one input field: which field, and why. */
export interface FieldError {
  field: string;
  message: string;
}

/** Expected failures travel as data: `{ ok: false, errors }`, never as exceptions. */
export function failed<T extends object>(errors: FieldError[], empty: T): T & { ok: false; errors: FieldError[] } {
  return { ...empty, ok: false, errors };
}

/** Bad arguments: names the argument and says what is allowed. */
export class BadInputError extends GraphQLError {
  constructor(argument: string, message: string) {
    super(`${argument}: ${message}`, { extensions: { code: 'BAD_USER_INPUT', argument } });
  }
}

/** The id given does not name an existing node of the expected kind. */
export class NotFoundError extends GraphQLError {
  constructor(argument: string, kind: string, id: string) {
    super(`${argument}: no ${kind} with id "${id}"`, { extensions: { code: 'NOT_FOUND', argument } });
  }
}

export class UnauthenticatedError extends GraphQLError {
  constructor(reason: string) {
    super(`Sign in first: ${reason}`, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
  }
}

export class ForbiddenError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: 'FORBIDDEN' } });
  }
}

export class ServiceUnavailableError extends GraphQLError {
  constructor() {
    super('The database is unavailable right now; the request was not carried out. Try again in a few seconds.', {
      extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503 } },
    });
  }
}

/** One user sent more requests than the limit allows; `retryAfterSeconds` says when to try again. */
export class RateLimitedError extends GraphQLError {
  constructor(retryAfterSeconds: number) {
    super(`Too many requests: try again in ${retryAfterSeconds} s. The limit is per user (RATE_LIMIT_PER_MINUTE).`, {
      extensions: { code: 'RATE_LIMITED', http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) } },
    });
  }
}

/** The texts of answers given outside GraphQL execution (body parsing, unknown routes). */
export const HTTP_TEXTS = {
  invalidJson: 'The request body is not valid JSON: send {"query": "...", "variables": {...}}.',
  tooLarge: (limit: string) => `The request body is larger than ${limit}; send smaller variables.`,
  badRequest: 'The request could not be read.',
  notFound: 'Nothing here: the API is at /graphql, health at /health.',
  internal: 'Internal server error: the details are in the server log.',
} as const;

/** An integer argument within bounds, or a BadInputError naming it. */
export function intInRange(argument: string, value: number | null | undefined, fallback: number, min: number, max: number): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < min || n > max) throw new BadInputError(argument, `must be a whole number from ${min} to ${max}, got ${n}`);
  return n;
}

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

/** True for driver errors that mean "the database is not reachable", not "the query is wrong". */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof Neo4jError) {
    // A lock race that outlasted its retries is busy-ness, reported the same way: try again.
    return UNAVAILABLE.has(error.code) || error.code.startsWith('Neo.TransientError') || /connect|acquisition|pool/i.test(error.message);
  }
  return error instanceof Error && /ECONNREFUSED|ECONNRESET|connection acquisition timed out/i.test(error.message);
}

/** Codes whose messages were written for the client; everything else is masked. */
const CLIENT_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'SERVICE_UNAVAILABLE',
  'RATE_LIMITED',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/**
 * Clients see our own messages (bad input, not found, forbidden...) and a plain
 * SERVICE_UNAVAILABLE when the database is down; stack traces, Cypher and driver text
 * stay in the server log.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (isDatabaseUnavailable(original)) {
      logger.warn({ err: original, path: formatted.path }, 'Database unavailable');
      const { message, extensions } = new ServiceUnavailableError();
      return { message, extensions: { code: extensions.code }, ...(formatted.path ? { path: formatted.path } : {}) };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && CLIENT_CODES.has(code)) return formatted;
    logger.error({ err: original, path: formatted.path }, 'Unexpected error while answering a GraphQL request');
    return {
      message: HTTP_TEXTS.internal,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
      ...(formatted.path ? { path: formatted.path } : {}),
    };
  };
}

/** A body parser's or router's error, as express hands it to an error handler. */
interface HttpError {
  status?: number;
  statusCode?: number;
  type?: string;
}

/**
 * Answers errors raised outside GraphQL execution (a body that is not JSON or too large, a
 * malformed URL, a file that cannot be sent) as JSON in the GraphQL over HTTP shape, with
 * the status the error carries; never a stack trace or a file path, in any environment.
 */
export function httpErrorAnswer(error: unknown, bodyLimit: string): { status: number; body: { errors: Array<{ message: string; extensions: { code: string } }> } } {
  const e = (error ?? {}) as HttpError;
  const status = e.status ?? e.statusCode ?? 500;
  const answer = (code: string, message: string) => ({ status, body: { errors: [{ message, extensions: { code } }] } });
  if (e.type === 'entity.parse.failed') return answer('BAD_REQUEST', HTTP_TEXTS.invalidJson);
  if (e.type === 'entity.too.large' || status === 413) return answer('PAYLOAD_TOO_LARGE', HTTP_TEXTS.tooLarge(bodyLimit));
  if (status === 404) return answer('NOT_FOUND', HTTP_TEXTS.notFound);
  if (status >= 400 && status < 500) return answer('BAD_REQUEST', HTTP_TEXTS.badRequest);
  return { status: 500, body: { errors: [{ message: HTTP_TEXTS.internal, extensions: { code: 'INTERNAL_SERVER_ERROR' } }] } };
}
