/**
 * One embedded Neo4j per graph size, kept under `.data/bench-<size>/` so that reruns reuse
 * the seeded data: the database is seeded (with the real `npm run seed` CLI, timed) only
 * when its Person count differs from the size asked.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { applySchema } from '../../server/src/modules/graph/apply-schema.js';
import { createDriver } from '../../server/src/kernel/database/connect.js';
import { DbClient } from '../../server/src/kernel/database/db-client.js';
import { findFreePort, startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../server/src/kernel/database/embedded-neo4j.js';
import { PROJECT_ROOT } from '../../server/src/kernel/config.js';
import { writeGraph } from '../../server/src/modules/graph/graph-writer.js';
import { PowerRepository } from '../../server/src/modules/power/repository.js';
import type { NodeRecord, TieRecord } from '../../server/src/modules/graph/model.js';
import { benchCypher } from './bench-cypher.js';

export interface SizeSpec {
  label: string;
  people: number;
  heap: string;
  pageCache: string;
}

export const SIZES: Record<string, SizeSpec> = {
  '1k': { label: '1k', people: 1_000, heap: '1g', pageCache: '256m' },
  // A 10,000-person projection is one 7 MB row built in Neo4j's heap: 2 GB makes it GC-bound.
  '10k': { label: '10k', people: 10_000, heap: '4g', pageCache: '1g' },
  '100k': { label: '100k', people: 100_000, heap: '4g', pageCache: '2g' },
};

export interface SeedStats {
  /** Hash of the demo generator's sources the data came from (a changed generator reseeds). */
  generator: string | null;
  /** True when this run seeded the database; false when it reused one. */
  seededNow: boolean;
  seededAt: string | null;
  people: number;
  nodes: number | null;
  ties: number | null;
  /** Wall time of `npm run seed` (generation + writing + start-up). */
  wallS: number | null;
  /** Time spent writing, as the seed CLI reports it. */
  writeS: number | null;
  tiesPerSecond: number | null;
}

export interface BenchDatabase {
  size: SizeSpec;
  driver: Driver;
  db: DbClient;
  uri: string;
  port: number;
  neo4j: EmbeddedNeo4j;
  seed: SeedStats;
  stop(): Promise<void>;
}

const countPeople = benchCypher<{ people: number }>('count-people.cypher');
const regionTerritories = benchCypher<{ id: string }>('region-territories.cypher');

/** The bench's own multi-region territory (people LOCATED_IN it), for "a 10k-person territory". */
export const BENCH_TERRITORY = 'territory-bench-10k';

export function dataDirOf(size: SizeSpec): string {
  return path.join(PROJECT_ROOT, '.data', `bench-${size.label}`);
}

export async function openBenchDatabase(size: SizeSpec, log: (line: string) => void): Promise<BenchDatabase> {
  const dataDir = dataDirOf(size);
  const markerFile = path.join(dataDir, 'bench-seed.json');
  let { server, driver, port } = await start(size, dataDir, log);
  let seed: SeedStats;
  try {
    let people = await personCount(driver);
    const generator = generatorFingerprint();
    const marker = existsSync(markerFile) ? (JSON.parse(readFileSync(markerFile, 'utf8')) as SeedStats) : null;
    if (people === size.people && marker?.generator === generator) {
      seed = { ...marker, seededNow: false };
      log(`  reusing ${dataDir} (${people.toLocaleString('en-US')} people, seeded ${marker.seededAt?.slice(0, 16) ?? 'earlier'})`);
    } else {
      if (people > 0) {
        const why = people !== size.people ? `${people} people, not ${size.people}` : 'data from another version of the demo generator';
        log(`  ${dataDir} holds ${why}: starting it over`);
        await driver.close();
        await server.stop();
        rmSync(dataDir, { recursive: true, force: true });
        ({ server, driver, port } = await start(size, dataDir, log));
      }
      seed = { ...(await seedWithCli(size, port, log)), generator };
      writeFileSync(markerFile, JSON.stringify(seed, null, 2));
      people = await personCount(driver);
      if (people !== size.people) throw new Error(`seeding left ${people} people, expected ${size.people}`);
    }
  } catch (error) {
    await driver.close();
    await server.stop();
    throw error;
  }
  const db = new DbClient(driver, 'neo4j');
  return {
    size,
    driver,
    db,
    uri: server.uri,
    port,
    neo4j: server,
    seed,
    stop: async () => {
      await driver.close();
      await server.stop();
    },
  };
}

async function start(size: SizeSpec, dataDir: string, log: (line: string) => void) {
  const port = await findFreePort();
  const server = await startEmbeddedNeo4j({ dataDir, port, heap: size.heap, pageCache: size.pageCache, log: (line) => log(`  ${line}`) });
  const driver = createDriver(server.uri);
  try {
    // Right after "ready", a busy machine sometimes drops the first Bolt login: try again.
    for (let attempt = 1; ; attempt += 1) {
      try {
        await driver.verifyConnectivity({ database: 'neo4j' });
        break;
      } catch (error) {
        if (attempt >= 5) throw error;
        await new Promise((resolve) => setTimeout(resolve, 1000 * attempt));
      }
    }
    await applySchema(driver, 'neo4j');
  } catch (error) {
    await driver.close();
    await server.stop();
    throw error;
  }
  return { server, driver, port };
}

async function personCount(driver: Driver): Promise<number> {
  const result = await driver.executeQuery(countPeople.text, {}, { database: 'neo4j' });
  return Number(result.records[0]?.get('people') ?? 0);
}

/** Which demo the generator makes today: a hash of its sources. */
function generatorFingerprint(): string {
  const hash = createHash('sha256');
  const dir = path.join(PROJECT_ROOT, 'server', 'src', 'demo');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts')).sort()) hash.update(file).update(readFileSync(path.join(dir, file)));
  return hash.digest('hex').slice(0, 16);
}

/** Runs the real seed CLI against the running database (it connects to NEO4J_BOLT_PORT). */
async function seedWithCli(size: SizeSpec, port: number, log: (line: string) => void): Promise<Omit<SeedStats, 'generator'>> {
  log(`  seeding ${size.people.toLocaleString('en-US')} people with npm run seed (one-off; later runs reuse it)...`);
  const started = performance.now();
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'server/src/cli/seed.ts'), '--people', String(size.people)], {
      cwd: PROJECT_ROOT,
      // NODE_ENV explicitly: Vite's build (the map page) sets it to production in this process.
      env: { ...process.env, NODE_ENV: 'development', NEO4J_URI: '', NEO4J_BOLT_PORT: String(port), LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let lastProgress = 0;
    child.stdout.on('data', (chunk) => (stdout += String(chunk)));
    child.stderr.on('data', (chunk) => {
      const now = Date.now();
      if (now - lastProgress > 10_000) {
        lastProgress = now;
        const line = String(chunk).trim().split(/\r|\n/).pop();
        if (line) log(`    ${line}`);
      }
    });
    child.once('error', reject);
    child.once('close', (code) => (code === 0 ? resolve(stdout) : reject(new Error(`npm run seed exited with ${code}:\n${stdout}`))));
  });
  const wallS = (performance.now() - started) / 1000;
  const nodes = /nodes:\s+([\d,]+) created/.exec(output);
  const ties = /ties:\s+([\d,]+) created, ([\d,]+) updated \(([\d,]+) ties\/s over ([\d.]+) s of writing\)/.exec(output);
  const num = (s: string | undefined) => (s === undefined ? null : Number(s.replace(/,/g, '')));
  const stats: Omit<SeedStats, 'generator'> = {
    seededNow: true,
    seededAt: new Date().toISOString(),
    people: size.people,
    nodes: num(nodes?.[1]),
    ties: ties ? num(ties[1])! + num(ties[2])! : null,
    wallS: round(wallS, 1),
    writeS: ties ? Number(ties[4]) : null,
    tiesPerSecond: num(ties?.[3]),
  };
  log(`  seeded in ${stats.wallS} s: ${stats.ties?.toLocaleString('en-US')} ties at ${stats.tiesPerSecond?.toLocaleString('en-US')} ties/s`);
  return stats;
}

/**
 * The demo's regions hold about 2,000 people each; "a 10k-person territory" is made by
 * locating the people of five regions in one more territory (written with the app's
 * own batched writer, which bumps the graph version). Idempotent.
 */
export async function ensureBenchTerritory(bench: BenchDatabase, today: string, log: (line: string) => void): Promise<number> {
  const analytics = new PowerRepository(bench.db);
  const existing = await analytics.peopleInScope('territory', BENCH_TERRITORY, today);
  if (existing.length > 0) return existing.length;
  const regions = (await bench.driver.executeQuery(regionTerritories.text, { count: neo4j.int(5) }, { database: 'neo4j' })).records.map((r) => r.get('id') as string);
  const regionScopes = bench.size.people <= 10_000 ? ['territory-north', ...regions].slice(0, 5) : regions;
  const people = new Set<string>();
  for (const region of regionScopes) for (const id of await analytics.peopleInScope('territory', region, today)) people.add(id);
  const territory: NodeRecord = { id: BENCH_TERRITORY, type: 'Territory', name: 'Bench: five regions', props: { code: 'BENCH', level: 'bench' } };
  const ties: TieRecord[] = [...people].map((id) => ({ from: id, to: BENCH_TERRITORY, type: 'LOCATED_IN', props: { source: 'bench' } }));
  await writeGraph(bench.db, { nodes: [territory], ties }, { atomic: true });
  log(`  added ${BENCH_TERRITORY}: ${people.size.toLocaleString('en-US')} people of ${regionScopes.join(', ')}`);
  return (await analytics.peopleInScope('territory', BENCH_TERRITORY, today)).length;
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
