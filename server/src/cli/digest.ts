import { createContext } from '../context.js';
import { loadViewer } from '../kernel/auth/access.js';
import { systemClock } from '../kernel/clock.js';
import { formatMessage } from '../kernel/i18n/catalogue.js';
import { renderDigest } from '../modules/changes/digest.js';
import { cliLocale, configOrExit, fail, option, positionals, userLocale, withDatabase } from './cli-support.js';

const args = process.argv.slice(2);
const locale = cliLocale(args);
const userId = positionals(args, ['since', 'locale'])[0];
const since = option(args, 'since');
if (!userId || (since !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(since))) {
  process.stderr.write(`${formatMessage('cli.digestUsage', {}, locale)}\n`);
  process.exit(2);
}
const config = configOrExit();
try {
  const markdown = await withDatabase(
    config,
    async (db) => {
      const today = systemClock.today();
      const viewer = await loadViewer(db, userId, today);
      if (!viewer) fail(formatMessage('cli.noUser', { userId }, locale));
      // Written for the user: in the language they chose in the app unless --locale says otherwise.
      return renderDigest(createContext(db, viewer, { today, locale: userLocale(args, viewer.preferredLocale) }), since ? { since } : {});
    },
    locale,
  );
  process.stdout.write(`${markdown}\n`);
} catch (error) {
  fail(error, locale);
}
