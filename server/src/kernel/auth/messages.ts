import { message, type Message } from '../i18n/catalogue.js';

/** What a person signing in is told (API errors), as catalogue messages (`auth.*`), worded in the request's language. */
export const authMessages = {
  noBearer: message('auth.noBearer'),
  expired: message('auth.expired'),
  cliExpired: message('auth.cliExpired'),
  invalid: message('auth.invalid'),
  noUser: message('auth.noUser'),
  unknownUser: (userId: string): Message => message('auth.unknownUser', { userId }),
  noRole: (who: string): Message => message('auth.noRole', { who }),
  providerUnreachable: message('auth.providerUnreachable'),
} as const;
