import path from 'node:path';
import { formatMessage } from '../kernel/i18n/catalogue.js';
import { restoreBackup } from '../modules/backup/backup.js';
import { cliLocale, configOrExit, fail, positionals, progressPrinter, withDatabase } from './cli-support.js';

const args = process.argv.slice(2);
const locale = cliLocale(args);
const file = positionals(args, ['locale'])[0];
if (!file) {
  process.stderr.write(`${formatMessage('restore.usage', {}, locale)}\n`);
  process.exit(2);
}
const config = configOrExit();
const progress = progressPrinter(locale);
try {
  const label = formatMessage('restore.progress', {}, locale);
  const report = await withDatabase(config, (db) => restoreBackup(db, path.resolve(file), (nodes, ties) => progress(label, nodes + ties)), locale);
  process.stdout.write(`${formatMessage('restore.done', { file: report.file, nodes: report.nodes, ties: report.ties }, locale)}\n`);
} catch (error) {
  fail(error, locale);
}
