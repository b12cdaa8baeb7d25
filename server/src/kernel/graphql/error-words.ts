/**
 * GraphQL errors in the request's language. A refusal is thrown with its words as a
 * catalogue message (kernel/errors.ts), in English, wherever in a module it happens; here,
 * once the operation ran and its language is known (Accept-Language or `@locale`), each
 * error is worded again in that language. graphql-js may have wrapped the message (a
 * variable's coercion error quotes the Date scalar's): only our part is replaced, its
 * English frame stays. The texts the error formatter writes itself (an outage, a masked
 * error) are fixed per code and reworded by code.
 */
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { GraphQLError, GraphQLFormattedError } from 'graphql';
import { FIXED_TEXTS, isWorded } from '../errors.js';
import { DEFAULT_LOCALE, formatMessage, type Locale } from '../i18n/catalogue.js';

/** The error itself or the one it wraps, when it can word itself. */
function wordedSource(error: Error): (Error & { wordedIn(locale: Locale): string }) | null {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; e = (e as GraphQLError).originalError, depth += 1) {
    if (isWorded(e)) return e;
  }
  return null;
}

/** Rewords errors in `locale`; errors our code did not word are left as they are. */
export function wordErrors(errors: ReadonlyArray<Error>, locale: Locale): void {
  for (const error of errors) {
    const source = wordedSource(error);
    if (!source) continue;
    const said = source.message;
    const words = source.wordedIn(locale);
    if (words === said) continue;
    error.message = error.message.includes(said) ? error.message.replace(said, () => words) : words;
  }
}

/** The formatter's own texts (SERVICE_UNAVAILABLE, INTERNAL_SERVER_ERROR) in `locale`. */
export function wordFixedTexts(errors: ReadonlyArray<GraphQLFormattedError>, locale: Locale): ReadonlyArray<GraphQLFormattedError> {
  return errors.map((error) => {
    const code = error.extensions?.code;
    const id = typeof code === 'string' ? FIXED_TEXTS[code as keyof typeof FIXED_TEXTS] : undefined;
    return id && error.message === formatMessage(id) ? { ...error, message: formatMessage(id, {}, locale) } : error;
  });
}

export function errorWordsPlugin<TContext extends BaseContext & { locale: Locale }>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        // Before formatting: the formatted error is read from these objects.
        async didEncounterErrors({ errors, contextValue }) {
          wordErrors(errors, contextValue.locale);
        },
        async willSendResponse({ response, contextValue }) {
          if (contextValue.locale === DEFAULT_LOCALE || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (result.errors) result.errors = wordFixedTexts(result.errors, contextValue.locale);
        },
      };
    },
  };
}
