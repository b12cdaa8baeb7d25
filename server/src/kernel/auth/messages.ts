/** What a person signing in is told (API errors): one place, translated together. */
export const authMessages = {
  noBearer: 'send "Authorization: Bearer <token>" (npm run token -- <userId> prints one), or sign in with your company account.',
  expired: 'your sign-in has expired; sign in again.',
  cliExpired: 'the token has expired; ask for a new one (npm run token).',
  invalid: 'the token is not valid for this server.',
  noUser: 'the token names no user.',
  unknownUser: (userId: string) => `the token names user "${userId}", who does not exist (any more).`,
  noRole: (who: string) => `you are signed in as ${who}, but KAMgraph has no role for you yet: ask an admin to give you one.`,
  providerUnreachable: 'the company identity provider cannot be reached to check your sign-in; try again in a minute.',
} as const;
