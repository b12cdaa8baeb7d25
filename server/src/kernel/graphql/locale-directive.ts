import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { getDirectiveValues } from 'graphql';
import type { Locale } from '../i18n/catalogue.js';
import { localeOfEnum } from '../i18n/locale.js';

/**
 * Applies an operation's `@locale(is: ...)` (base.graphql) to its context before any
 * resolver runs and before the response cache builds its key: the directive outranks the
 * request's Accept-Language.
 */
export function localeDirectivePlugin<TContext extends BaseContext & { locale: Locale }>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, schema, request, contextValue }) {
          const directive = schema.getDirective('locale');
          if (!directive || !operation?.directives?.length) return;
          const values = getDirectiveValues(directive, operation, request.variables ?? undefined);
          const chosen = typeof values?.is === 'string' ? localeOfEnum(values.is) : null;
          if (chosen) contextValue.locale = chosen;
        },
      };
    },
  };
}
