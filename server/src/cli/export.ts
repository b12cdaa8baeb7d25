import path from 'node:path';
import { formatMessage } from '../kernel/i18n/catalogue.js';
import { exportFolder } from '../modules/import-export/export-folder.js';
import { cliLocale, configOrExit, fail, positionals, progressPrinter, withDatabase } from './cli-support.js';

const args = process.argv.slice(2);
const locale = cliLocale(args);
const folder = positionals(args, ['locale'])[0];
if (!folder) {
  process.stderr.write(`${formatMessage('cli.exportUsage', {}, locale)}\n`);
  process.exit(2);
}
const config = configOrExit();
const progress = progressPrinter(locale);
try {
  const label = formatMessage('cli.exportProgress', {}, locale);
  const report = await withDatabase(config, (db) => exportFolder(db, path.resolve(folder), (nodes) => progress(label, nodes)), locale);
  process.stdout.write(`${formatMessage('cli.exported', { nodes: report.nodes, ties: report.ties, folder: path.resolve(folder) }, locale)}\n`);
} catch (error) {
  fail(error, locale);
}
