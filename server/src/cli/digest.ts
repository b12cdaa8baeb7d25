import { createContext } from '../context.js';
import { loadViewer } from '../kernel/auth/access.js';
import { systemClock } from '../kernel/clock.js';
import { localeOf } from '../kernel/i18n/locale.js';
import { renderDigest } from '../modules/changes/digest.js';
import { configOrExit, fail, option, withDatabase } from './cli-support.js';

const args = process.argv.slice(2);
const userId = args.find((a, i) => !a.startsWith('-') && !/^--(since|locale)$/.test(args[i - 1] ?? ''));
const since = option(args, 'since');
const localeText = option(args, 'locale');
const locale = localeText === undefined ? 'en' : localeOf(localeText);
if (!userId || (since !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(since)) || locale === null) {
  process.stderr.write(
    'Usage: npm run digest -- <userId> [--since YYYY-MM-DD] [--locale en|pt-PT|pt-BR]   (default: since the user last read their inbox, in English)\n',
  );
  process.exit(2);
}
const config = configOrExit();
try {
  const markdown = await withDatabase(config, async (db) => {
    const today = systemClock.today();
    const viewer = await loadViewer(db, userId, today);
    if (!viewer) fail(`No user with id "${userId}". Users are User nodes (the demo has user-admin, user-kam, user-manager, user-strategist).`);
    return renderDigest(createContext(db, viewer, { today, locale }), since ? { since } : {});
  });
  process.stdout.write(`${markdown}\n`);
} catch (error) {
  fail(error);
}
