/** What the sign-in screens say (one place, translated together). */
export const signInMessages = {
  companyButton: 'Sign in with your company account',
  companyHint: 'Uses your company identity provider; the session ends with this tab or after a short while.',
  orToken: 'Or, for scripts and development:',
  callbackFailed: (detail: string) => `Signing in with your company account did not complete (${detail}). Try again.`,
  providerUnreachable: 'Your company identity provider cannot be reached right now; try again in a minute.',
} as const;
