import { systemClock } from '../kernel/clock.js';
import { retentionReportLines, runRetention } from '../modules/privacy/retention.js';
import { cliLocale, configOrExit, fail, withDatabase } from './cli-support.js';

// npm run retention [-- --dry-run] [--locale pt-PT]: erases dossier data past its retention
// period (audited); --dry-run lists who would be erased and changes nothing.
const args = process.argv.slice(2);
const locale = cliLocale(args);
const dryRun = args.includes('--dry-run');
const config = configOrExit();
try {
  const report = await withDatabase(config, (db) => runRetention(db, { today: systemClock.today(), dryRun }), locale);
  process.stdout.write(`${retentionReportLines(report, locale).join('\n')}\n`);
} catch (error) {
  fail(error, locale);
}
