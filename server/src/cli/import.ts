import path from 'node:path';
import { countryPack } from '../modules/country/pack.js';
import { importFolder } from '../modules/import-export/import-folder.js';
import { localeOf } from '../kernel/i18n/locale.js';
import { configOrExit, fail, option, progressPrinter, withDatabase } from './cli-support.js';

const usage =
  'Usage: npm run import -- <folder> [--locale en|pt-PT|pt-BR]   (the folder holds nodes.csv and/or ties.csv; ' +
  'words the country pack, COUNTRY_PACK, does not use are refused in the locale, default English)';
const args = process.argv.slice(2);
const folder = args.find((a, i) => !a.startsWith('-') && args[i - 1] !== '--locale');
const localeText = option(args, 'locale');
const locale = localeText === undefined ? 'en' : localeOf(localeText);
if (!folder || args.includes('--help') || locale === null) {
  process.stderr.write(`${usage}\n`);
  process.exit(folder && locale !== null ? 0 : 2);
}

const config = configOrExit();
const progress = progressPrinter();
try {
  const report = await withDatabase(config, (db) =>
    importFolder(db, path.resolve(folder), {
      countryPack: countryPack(config.COUNTRY_PACK),
      locale,
      onReadProgress: (file, fraction, rows) => progress(`reading ${file} (${Math.round(fraction * 100)}%), rows`, rows),
      onWriteProgress: ({ phase, done, total }) => progress(`writing ${phase}`, done, total),
    }),
  );
  process.stdout.write(
    `Imported ${folder}: ${report.rows.nodes} node rows, ${report.rows.ties} tie rows.\n` +
      `  nodes: ${describe(report.nodes)}\n` +
      `  ties:  ${describe(report.ties)}\n`,
  );
} catch (error) {
  fail(error);
}

function describe(counts: { created: number; updated: number; written: number }): string {
  return `${counts.created} created, ${counts.updated} updated, ${counts.written - counts.created - counts.updated} unchanged`;
}
