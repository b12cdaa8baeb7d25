import path from 'node:path';
import { systemClock } from '../kernel/clock.js';
import { formatReport } from '../modules/evidence/report.js';
import { loadAreaMapping } from '../modules/evidence/area-terms.js';
import { importEvidence } from '../modules/evidence/import-evidence.js';
import { configOrExit, fail, option, progressPrinter, withDatabase } from './cli-support.js';

const usage = `Usage: npm run evidence -- <file-or-folder>... [--areas <table.csv>]
  PubMed XML (efetch), MEDLINE text (PubMed format), ClinicalTrials.gov API v2 JSON and
  congress CSV (event,date,city,session,role,name,affiliation,topic); the format is detected
  per file. A bad file is rejected whole (file and position named); re-importing changes nothing.`;
const args = process.argv.slice(2);
const areasFile = option(args, 'areas');
const paths = args.filter((a, i) => !a.startsWith('-') && args[i - 1] !== '--areas');
if (paths.length === 0 || args.includes('--help')) {
  process.stderr.write(`${usage}\n`);
  process.exit(paths.length ? 0 : 2);
}

const config = configOrExit();
const progress = progressPrinter();
try {
  const areas = loadAreaMapping(areasFile ? path.resolve(areasFile) : config.evidenceAreaTerms);
  const report = await withDatabase(config, (db) =>
    importEvidence(db, paths, {
      today: systemClock.today(),
      areas,
      onProgress: ({ file, phase, done, total }) => {
        const name = path.basename(file);
        if (phase === 'checking') progress(`checking ${name}, bytes`, done, total || undefined);
        else if (phase === 'writing') progress(`writing ${name}, works`, done, total);
        else progress('proposing ties, people', done, total);
      },
    }),
  );
  process.stdout.write(formatReport(report));
  if (report.files.some((f) => f.error)) process.exit(1);
} catch (error) {
  fail(error);
}
