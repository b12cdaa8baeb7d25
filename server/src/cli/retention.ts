import { systemClock } from '../kernel/clock.js';
import { retentionReportLines, runRetention } from '../modules/privacy/retention.js';
import { configOrExit, fail, withDatabase } from './cli-support.js';

// npm run retention [-- --dry-run]: erases dossier data past its retention period (audited);
// --dry-run lists who would be erased and changes nothing.
const dryRun = process.argv.slice(2).includes('--dry-run');
const config = configOrExit();
try {
  const report = await withDatabase(config, (db) => runRetention(db, { today: systemClock.today(), dryRun }));
  process.stdout.write(`${retentionReportLines(report).join('\n')}\n`);
} catch (error) {
  fail(error);
}
