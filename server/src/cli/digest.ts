import { createContext } from '../context.js';
import { loadViewer } from '../kernel/auth/access.js';
import { systemClock } from '../kernel/clock.js';
import { renderDigest } from '../modules/changes/digest.js';
import { configOrExit, fail, option, withDatabase } from './cli-support.js';

const args = process.argv.slice(2);
const userId = args.find((a, i) => !a.startsWith('-') && !(args[i - 1] ?? '').startsWith('--since'));
const since = option(args, 'since');
if (!userId || (since !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(since))) {
  process.stderr.write('Usage: npm run digest -- <userId> [--since YYYY-MM-DD]   (default: since the user last read their inbox)\n');
  process.exit(2);
}
const config = configOrExit();
try {
  const markdown = await withDatabase(config, async (db) => {
    const today = systemClock.today();
    const viewer = await loadViewer(db, userId, today);
    if (!viewer) fail(`No user with id "${userId}". Users are User nodes (the demo has user-admin, user-kam, user-manager, user-strategist).`);
    return renderDigest(createContext(db, viewer, { today }), since ? { since } : {});
  });
  process.stdout.write(`${markdown}\n`);
} catch (error) {
  fail(error);
}
