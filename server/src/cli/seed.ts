import { GraphRepository } from '../modules/graph/repository.js';
import { countryPack } from '../modules/country/pack.js';
import { seedDemo } from '../modules/import-export/seed-demo.js';
import { fixedClock, systemClock } from '../kernel/clock.js';
import { configOrExit, fail, option, progressPrinter, withDatabase } from './cli-support.js';

const args = process.argv.slice(2);
if (args.includes('--help')) {
  process.stdout.write(
    'Usage: npm run seed -- [--people N] [--seed S] [--today YYYY-MM-DD] [--reset]\n' +
      '  --people N  people in the demo (default 300; 100000 makes a national graph of about 1M ties)\n' +
      '  --seed S    random seed (default 42); the same seed gives the same graph\n' +
      '  --today D   the day the demo is anchored at (default: today); the same seed and day give the same graph\n' +
      '  the country is COUNTRY_PACK (pt, br or generic; default pt)\n' +
      '  --reset     delete everything first (otherwise the demo is merged into what is there)\n',
  );
  process.exit(0);
}
const people = Number(option(args, 'people') ?? 300);
const seed = Number(option(args, 'seed') ?? 42);
if (!Number.isInteger(people) || people < 10 || people > 1_000_000) fail('--people must be a whole number from 10 to 1,000,000');
if (!Number.isInteger(seed)) fail('--seed must be a whole number');
const today = option(args, 'today') ?? systemClock.today();
try {
  fixedClock(today);
} catch {
  fail(`--today must be a calendar date like 2026-11-27, got "${today}"`);
}

const config = configOrExit();
const progress = progressPrinter();
try {
  await withDatabase(config, async (db) => {
    const graph = new GraphRepository(db);
    if (args.includes('--reset')) {
      process.stderr.write('Deleting the existing graph...\n');
      await graph.deleteEverything();
    }
    const report = await seedDemo(db, {
      people,
      seed,
      today,
      country: countryPack(config.COUNTRY_PACK),
      onProgress: ({ phase, done, total }) => progress(`writing ${phase}`, done, total),
    });
    const count = await graph.countEntities();
    const seconds = (report.writtenMs / 1000).toFixed(1);
    process.stdout.write(
      `Seeded the demo (${config.COUNTRY_PACK}, ${people} people, seed ${seed}, anchored at ${today}) in ${((report.generatedMs + report.writtenMs) / 1000).toFixed(1)} s:\n` +
        `  nodes: ${report.nodes.created} created, ${report.nodes.updated} updated\n` +
        `  ties:  ${report.ties.created} created, ${report.ties.updated} updated ` +
        `(${Math.round(report.ties.written / (report.writtenMs / 1000)).toLocaleString('en-US')} ties/s over ${seconds} s of writing)\n` +
        `  the database now holds ${count} nodes\n`,
    );
  });
} catch (error) {
  fail(error);
}
