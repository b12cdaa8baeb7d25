import path from 'node:path';
import { countryPack } from '../modules/country/pack.js';
import { importFolder } from '../modules/import-export/import-folder.js';
import { configOrExit, fail, progressPrinter, withDatabase } from './cli-support.js';

const usage = 'Usage: npm run import -- <folder>   (the folder holds nodes.csv and/or ties.csv)';
const folder = process.argv.slice(2).find((a) => !a.startsWith('-'));
if (!folder || process.argv.includes('--help')) {
  process.stderr.write(`${usage}\n`);
  process.exit(folder ? 0 : 2);
}

const config = configOrExit();
const progress = progressPrinter();
try {
  const report = await withDatabase(config, (db) =>
    importFolder(db, path.resolve(folder), {
      countryPack: countryPack(config.COUNTRY_PACK),
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
