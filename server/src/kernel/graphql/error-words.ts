/**
 * GraphQL errors in the request's language. A refusal is thrown with its words as a
 * catalogue message (kernel/errors.ts), in English, wherever in a module it happens; here,
 * once the operation ran and its language is known (Accept-Language or `@locale`), each
 * error is worded again in that language. graphql-js may have wrapped the message (a
 * variable's coercion error quotes the Date scalar's): only our part is replaced, its
 * English frame stays. The executor's error objects may be read-only, so the words are
 * worked out when the errors are met and written into the formatted response, error by
 * error (Apollo formats them in the same order). The texts the error formatter writes
 * itself (an outage, a masked error) are fixed per code and reworded by code.
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

/** An error's message in `locale`, or null when our code did not word it (or it reads the same). */
export function wordedMessage(error: Error, locale: Locale): string | null {
  const source = wordedSource(error);
  if (!source) return null;
  const said = source.message;
  const words = source.wordedIn(locale);
  if (words === said) return null;
  return error.message.includes(said) ? error.message.replace(said, () => words) : words;
}

/** The formatter's own texts (SERVICE_UNAVAILABLE, INTERNAL_SERVER_ERROR) in `locale`. */
function wordFixedText(error: GraphQLFormattedError, locale: Locale): GraphQLFormattedError {
  const code = error.extensions?.code;
  const id = typeof code === 'string' ? FIXED_TEXTS[code as keyof typeof FIXED_TEXTS] : undefined;
  return id && error.message === formatMessage(id) ? { ...error, message: formatMessage(id, {}, locale) } : error;
}

export function errorWordsPlugin<TContext extends BaseContext & { locale: Locale }>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      // Per request: each error's message as met, and as it reads in the request's language.
      let worded: Array<{ met: string; words: string } | null> = [];
      return {
        async didEncounterErrors({ errors, contextValue }) {
          worded = errors.map((error) => {
            const words = wordedMessage(error, contextValue.locale);
            return words === null ? null : { met: error.message, words };
          });
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          const locale = contextValue.locale;
          response.body.singleResult.errors = response.body.singleResult.errors.map((error, i) => {
            const own = worded[i];
            // A masked error's message is no longer the one met: left to the fixed texts.
            const mine = own && error.message === own.met ? { ...error, message: own.words } : error;
            return locale === DEFAULT_LOCALE ? mine : wordFixedText(mine, locale);
          });
        },
      };
    },
  };
}
