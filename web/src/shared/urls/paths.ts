// The app's pages (app/routes.tsx routes them; links use these).
export const PATHS = {
  map: '/',
  plans: '/plans',
  agenda: '/agenda',
  accounts: '/accounts',
  evidence: '/evidence',
  changes: '/changes',
  console: '/console',
} as const;
