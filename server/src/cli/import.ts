import path from 'node:path';
import { countryPack } from '../modules/country/pack.js';
import { formatMessage } from '../kernel/i18n/catalogue.js';
import { importFolder } from '../modules/import-export/import-folder.js';
import { cliLocale, configOrExit, fail, positionals, progressPrinter, withDatabase } from './cli-support.js';

const args = process.argv.slice(2);
const locale = cliLocale(args);
const folder = positionals(args, ['locale'])[0];
if (!folder || args.includes('--help')) {
  process.stderr.write(`${formatMessage('cli.importUsage', {}, locale)}\n`);
  process.exit(folder ? 0 : 2);
}

const config = configOrExit();
const progress = progressPrinter(locale);
try {
  const report = await withDatabase(
    config,
    (db) =>
      importFolder(db, path.resolve(folder), {
        countryPack: countryPack(config.COUNTRY_PACK),
        locale,
        onReadProgress: (file, fraction, rows) => progress(formatMessage('import.reading', { file, percent: Math.round(fraction * 100) }, locale), rows),
        onWriteProgress: ({ phase, done, total }) => progress(formatMessage('import.writing', { phase }, locale), done, total),
      }),
    locale,
  );
  const counts = (c: { created: number; updated: number; written: number }) => ({ created: c.created, updated: c.updated, unchanged: c.written - c.created - c.updated });
  process.stdout.write(
    `${formatMessage('import.done', { folder, nodeRows: report.rows.nodes, tieRows: report.rows.ties }, locale)}\n` +
      `${formatMessage('import.doneNodes', counts(report.nodes), locale)}\n` +
      `${formatMessage('import.doneTies', counts(report.ties), locale)}\n`,
  );
} catch (error) {
  // An ImportRejected names each file, row and column, worded in the command's language.
  fail(error, locale);
}
