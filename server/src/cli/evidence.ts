import path from 'node:path';
import { systemClock } from '../kernel/clock.js';
import { formatMessage } from '../kernel/i18n/catalogue.js';
import { formatReport } from '../modules/evidence/report.js';
import { loadAreaMapping } from '../modules/evidence/area-terms.js';
import { importEvidence } from '../modules/evidence/import-evidence.js';
import { cliLocale, configOrExit, fail, option, positionals, progressPrinter, withDatabase } from './cli-support.js';

const args = process.argv.slice(2);
const locale = cliLocale(args);
const areasFile = option(args, 'areas');
const paths = positionals(args, ['areas', 'locale']);
if (paths.length === 0 || args.includes('--help')) {
  process.stderr.write(`${formatMessage('cli.evidenceUsage', {}, locale)}\n`);
  process.exit(paths.length ? 0 : 2);
}

const config = configOrExit();
const progress = progressPrinter(locale);
try {
  const areas = loadAreaMapping(areasFile ? path.resolve(areasFile) : config.evidenceAreaTerms);
  const report = await withDatabase(
    config,
    (db) =>
      importEvidence(db, paths, {
        today: systemClock.today(),
        areas,
        onProgress: ({ file, phase, done, total }) => {
          const name = path.basename(file);
          if (phase === 'checking') progress(formatMessage('evidenceReport.checking', { file: name }, locale), done, total || undefined);
          else if (phase === 'writing') progress(formatMessage('evidenceReport.writing', { file: name }, locale), done, total);
          else progress(formatMessage('evidenceReport.proposing', {}, locale), done, total);
        },
      }),
    locale,
  );
  // A rejected file is named with its position, in the command's language.
  process.stdout.write(formatReport(report, locale));
  if (report.files.some((f) => f.error)) process.exit(1);
} catch (error) {
  fail(error, locale);
}
