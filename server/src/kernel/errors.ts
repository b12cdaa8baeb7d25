/**
 * Every error the API can answer with, in one place. Expected failures of a mutation
 * travel as data (`{ ok: false, errors: [FieldError] }`); bad arguments, missing ids,
 * refusals and outages as GraphQL errors with a code; anything else is masked.
 *
 * Their words are catalogue messages (kernel/i18n), kept as id and parameters: a field
 * error is worded when the API answers it (the FieldError resolver), a GraphQL error when
 * the response is formatted (kernel/graphql/error-words.ts), both in the request's
 * language, so the code that refuses never needs to know it. Thrown, an error reads in
 * English (logs, CLI), or in the locale it was given when no request can word it later
 * (sign-in and rate-limit refusals come before the operation is read).
 */
import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { Neo4jError } from 'neo4j-driver';
import { DEFAULT_LOCALE, formatMessage, message, renderMessage, type Locale, type Message, type MessageId, type MessageParams } from './i18n/catalogue.js';
import type { Logger } from './logger.js';

/** A problem with one input field: which field (English, as the API names it), and why. */
export interface FieldError {
  field: string;
  message: Message;
}

/** The GraphQL FieldError's model (codegen's mapper): its message is worded by the FieldError resolver. */
export type FieldErrorModel = FieldError;

/** A field error's why, from the catalogue. */
export function fieldError(field: string, id: MessageId, params: MessageParams = {}): FieldError {
  return { field, message: message(id, params) };
}

/** Expected failures travel as data: `{ ok: false, errors }`, never as exceptions. */
export function failed<T extends object>(errors: FieldError[], empty: T): T & { ok: false; errors: FieldError[] } {
  return { ...empty, ok: false, errors };
}

/** An error that can say itself in any of the catalogue's languages. */
export interface WordedError {
  wordedIn(locale: Locale): string;
}

export function isWorded(error: unknown): error is Error & WordedError {
  return error instanceof Error && typeof (error as Partial<WordedError>).wordedIn === 'function';
}

/** Bad arguments: names the argument and says what is allowed. */
export class BadInputError extends GraphQLError implements WordedError {
  constructor(
    readonly argument: string,
    readonly words: Message,
  ) {
    super(`${argument}: ${renderMessage(words)}`, { extensions: { code: 'BAD_USER_INPUT', argument } });
  }

  wordedIn(locale: Locale): string {
    return `${this.argument}: ${renderMessage(this.words, locale)}`;
  }
}

/** What a NOT_FOUND names: the kind of thing an id was meant to be. */
export type NotFoundKind = 'person' | 'user' | 'personOrUser' | 'tender' | 'territory' | 'institution' | 'committee' | 'therapeuticArea';

/** The id given does not name an existing node of the expected kind. */
export class NotFoundError extends GraphQLError implements WordedError {
  constructor(
    readonly argument: string,
    readonly kind: NotFoundKind,
    readonly id: string,
  ) {
    super(`${argument}: ${formatMessage('api.notFound', { kind, id })}`, { extensions: { code: 'NOT_FOUND', argument } });
  }

  wordedIn(locale: Locale): string {
    return `${this.argument}: ${formatMessage('api.notFound', { kind: this.kind, id: this.id }, locale)}`;
  }
}

export class UnauthenticatedError extends GraphQLError implements WordedError {
  /** `locale`: the request's language (sign-in is checked before any operation could name another). */
  constructor(
    readonly reason: Message,
    locale: Locale = DEFAULT_LOCALE,
  ) {
    super(formatMessage('auth.signInFirst', { reason: renderMessage(reason, locale) }, locale), { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
  }

  wordedIn(locale: Locale): string {
    return formatMessage('auth.signInFirst', { reason: renderMessage(this.reason, locale) }, locale);
  }
}

/** A refusal; `argument` (English, as the API names it) comes first when one argument is refused. */
export class ForbiddenError extends GraphQLError implements WordedError {
  constructor(
    readonly words: Message,
    readonly argument: string | null = null,
  ) {
    super(`${argument ? `${argument}: ` : ''}${renderMessage(words)}`, { extensions: { code: 'FORBIDDEN' } });
  }

  wordedIn(locale: Locale): string {
    return `${this.argument ? `${this.argument}: ` : ''}${renderMessage(this.words, locale)}`;
  }
}

export class ServiceUnavailableError extends GraphQLError implements WordedError {
  constructor(locale: Locale = DEFAULT_LOCALE) {
    super(formatMessage('api.unavailable', {}, locale), {
      extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503 } },
    });
  }

  wordedIn(locale: Locale): string {
    return formatMessage('api.unavailable', {}, locale);
  }
}

/** One user sent more requests than the limit allows; `retryAfterSeconds` says when to try again. */
export class RateLimitedError extends GraphQLError implements WordedError {
  constructor(
    readonly retryAfterSeconds: number,
    locale: Locale = DEFAULT_LOCALE,
  ) {
    super(formatMessage('api.rateLimited', { seconds: retryAfterSeconds }, locale), {
      extensions: { code: 'RATE_LIMITED', http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) } },
    });
  }

  wordedIn(locale: Locale): string {
    return formatMessage('api.rateLimited', { seconds: this.retryAfterSeconds }, locale);
  }
}

/**
 * The fixed texts of answers the error formatter writes itself (a database outage, a
 * masked error) and of answers given outside GraphQL execution (body parsing, unknown
 * routes), by code. A request's language rewords the formatter's ones by code
 * (error-words.ts); the others are worded where they are answered (server.ts).
 */
export const FIXED_TEXTS = {
  SERVICE_UNAVAILABLE: 'api.unavailable',
  INTERNAL_SERVER_ERROR: 'api.internal',
} as const satisfies Record<string, MessageId>;

export const HTTP_TEXTS = {
  invalidJson: 'http.invalidJson',
  tooLarge: 'http.tooLarge',
  badRequest: 'http.badRequest',
  notFound: 'http.notFound',
  internal: 'api.internal',
} as const satisfies Record<string, MessageId>;

/** An integer argument within bounds, or a BadInputError naming it. */
export function intInRange(argument: string, value: number | null | undefined, fallback: number, min: number, max: number): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < min || n > max) throw new BadInputError(argument, message('api.wholeNumberRange', { min, max, got: String(n) }));
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

/** How Apollo frames an error thrown while the request's context is built. */
const CONTEXT_FAILED = 'Context creation failed: ';

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
      const { message: text, extensions } = new ServiceUnavailableError();
      return { message: text, extensions: { code: extensions.code }, ...(formatted.path ? { path: formatted.path } : {}) };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && CLIENT_CODES.has(code)) {
      // A refusal of the request itself (sign-in, rate limit) is our own sentence, already in
      // the request's language: Apollo's English frame around it goes.
      // (Apollo's copy of graphql-js is not ours: its GraphQLError is read by shape.)
      const wrapped = (error as { originalError?: unknown } | null)?.originalError;
      const ours = isWorded(wrapped) && formatted.message.startsWith(CONTEXT_FAILED);
      return ours ? { ...formatted, message: formatted.message.slice(CONTEXT_FAILED.length) } : formatted;
    }
    logger.error({ err: original, path: formatted.path }, 'Unexpected error while answering a GraphQL request');
    return {
      message: formatMessage(FIXED_TEXTS.INTERNAL_SERVER_ERROR),
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
 * the status the error carries, in the request's language; never a stack trace or a file
 * path, in any environment.
 */
export function httpErrorAnswer(
  error: unknown,
  bodyLimit: string,
  locale: Locale = DEFAULT_LOCALE,
): { status: number; body: { errors: Array<{ message: string; extensions: { code: string } }> } } {
  const e = (error ?? {}) as HttpError;
  const status = e.status ?? e.statusCode ?? 500;
  const answer = (code: string, id: MessageId, params: MessageParams = {}) => ({ status, body: { errors: [{ message: formatMessage(id, params, locale), extensions: { code } }] } });
  if (e.type === 'entity.parse.failed') return answer('BAD_REQUEST', HTTP_TEXTS.invalidJson);
  if (e.type === 'entity.too.large' || status === 413) return answer('PAYLOAD_TOO_LARGE', HTTP_TEXTS.tooLarge, { limit: bodyLimit });
  if (status === 404) return answer('NOT_FOUND', HTTP_TEXTS.notFound);
  if (status >= 400 && status < 500) return answer('BAD_REQUEST', HTTP_TEXTS.badRequest);
  return { status: 500, body: { errors: [{ message: formatMessage(HTTP_TEXTS.internal, {}, locale), extensions: { code: 'INTERNAL_SERVER_ERROR' } }] } };
}
