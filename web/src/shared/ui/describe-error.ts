import { tr } from '../i18n/intl.js';

/** A network error reads as "is the server running?", anything else with the server's words. */
export function describeError(error: Error): string {
  const text = error.message || String(error);
  if (/Failed to fetch|NetworkError|ECONNREFUSED|Load failed/i.test(text)) return tr('errors.serverNoAnswer');
  return text;
}
