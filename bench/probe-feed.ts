import { systemClock } from '../server/src/kernel/clock.js';
import { addDays, addMonths } from '../server/src/kernel/dates.js';
import { ChangeRepository, recordedFacts } from '../server/src/modules/changes/repository.js';
import { parseFactKeys } from '../server/src/modules/changes/rules/facts.js';
import { PowerRepository } from '../server/src/modules/power/repository.js';
import { BENCH_TERRITORY, openBenchDatabase, SIZES } from './lib/databases.js';

const log = (s: string) => console.log(s);
const bench = await openBenchDatabase(SIZES['10k']!, log);
const today = systemClock.today();
const since = addDays(today, -90);
const power = new PowerRepository(bench.db);
const repo = new ChangeRepository(bench.db);
const t = () => performance.now();
for (let round = 0; round < 3; round += 1) {
  let a = t(); const events = await repo.logOfWindow(since, today); const logMs = t() - a;
  a = t(); const [e, l] = await Promise.all([power.peopleInScope('territory', BENCH_TERRITORY, addDays(since, -1)), power.peopleInScope('territory', BENCH_TERRITORY, today)]); const scopeMs = t() - a;
  const people = [...new Set([...e, ...l])];
  const recorded = recordedFacts(events);
  const named = parseFactKeys(recorded.keys());
  a = t(); const dated = await repo.tieFactsOfPeople(people, since, today, addMonths(today, 6)); const datedMs = t() - a;
  a = t(); const logged = await repo.tieFactsByKeys(named.tieKeys); const loggedMs = t() - a;
  a = t(); const added = await repo.peopleAdded(people, since, today, new Map()); const addedMs = t() - a;
  a = t(); const statuses = await repo.tenderStatuses(people, []); const statusMs = t() - a;
  a = t(); const few = await repo.tieFactsOfPeople(people.slice(0, 2), since, today, addMonths(today, 6)); const fewMs = t() - a;
  log(`round ${round}: log ${logMs.toFixed(0)} (${events.length}) scope×2 ${scopeMs.toFixed(0)} dated ${datedMs.toFixed(0)} (${dated.length}) logged ${loggedMs.toFixed(0)} (${logged.length}) added ${addedMs.toFixed(0)} (${added.length}) statuses ${statusMs.toFixed(0)} (${statuses.length}) dated-of-2 ${fewMs.toFixed(0)} (${few.length})`);
}
process.exit(0);
