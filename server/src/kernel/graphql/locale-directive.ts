import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
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
        async didResolveOperation({ operation, request, contextValue }) {
          // Read from the validated AST (validation checked the argument against the enum):
          // graphql's getDirectiveValues would mix Apollo's and our copy of graphql-js.
          const argument = operation?.directives?.find((d) => d.name.value === 'locale')?.arguments?.find((a) => a.name.value === 'is');
          if (!argument) return;
          const value = argument.value.kind === 'EnumValue' ? argument.value.value : argument.value.kind === 'Variable' ? request.variables?.[argument.value.name.value] : null;
          const chosen = typeof value === 'string' ? localeOfEnum(value) : null;
          if (chosen) contextValue.locale = chosen;
        },
      };
    },
  };
}
