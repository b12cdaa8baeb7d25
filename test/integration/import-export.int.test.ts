import { mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportFolder } from '../../server/src/modules/import-export/export-folder.js';
import { importFolder } from '../../server/src/modules/import-export/import-folder.js';
import { ChangeRepository } from '../../server/src/modules/changes/repository.js';
import { ImportRejected } from '../../server/src/modules/import-export/import-issues.js';
import { COUNTRY_PACK_CODES, countryPack, type CountryPack } from '../../server/src/modules/country/pack.js';
import { writeCsvFolder } from './support/csv-folder.js';
import { DATABASE, testDb, uniquePrefix, useTestDriver } from './support/database.js';
import { snapshot, strayMentions, type Snapshot } from './support/fingerprint.js';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/import-small');
const temp: string[] = [];
afterAll(() => temp.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Copies the fixture with every id (and the territory name) made unique to this test. */
function fixtureCopy(): { dir: string; prefix: string } {
  const prefix = uniquePrefix('imp');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kamgraph-import-'));
  temp.push(dir);
  for (const file of ['nodes.csv', 'ties.csv']) {
    const text = readFileSync(path.join(FIXTURE, file), 'utf8').replaceAll('fx-', `${prefix}-`).replaceAll('Fixture Valley', `Valley ${prefix}`);
    writeFileSync(path.join(dir, file), text);
  }
  return { dir, prefix };
}

function withChange(dir: string, file: string, change: (text: string) => string): string {
  const copy = mkdtempSync(path.join(os.tmpdir(), 'kamgraph-bad-'));
  temp.push(copy);
  cpSync(dir, copy, { recursive: true });
  writeFileSync(path.join(copy, file), change(readFileSync(path.join(copy, file), 'utf8')));
  return copy;
}

/** What a fixture copy wrote: its nodes, the territory its territory column names, and their ties. */
async function written(prefix: string): Promise<{ own: Snapshot; territory: Snapshot }> {
  const driver = useTestDriverOnce();
  return { own: await snapshot(driver, prefix), territory: await snapshot(driver, `territory-valley-${prefix}`) };
}

let shared: ReturnType<typeof useTestDriver> | undefined;
function useTestDriverOnce() {
  return shared!;
}

describe('CSV import and export', () => {
  const driver = useTestDriver();
  shared = driver;

  it('imports a folder, creating territories named in the territory column', async () => {
    const { dir, prefix } = fixtureCopy();
    const report = await importFolder(testDb(driver), dir);
    expect(report.rows).toEqual({ nodes: 7, ties: 11 });
    // 7 nodes + 1 new territory; 11 ties + 4 LOCATED_IN from the territory column.
    expect(report.nodes).toEqual({ created: 8, updated: 0, written: 8 });
    expect(report.ties).toEqual({ created: 15, updated: 0, written: 15 });

    const { records } = await driver.executeQuery(
      `MATCH (a:Person {id: $ana})-[i:INFLUENCES]->(b:Person)
       MATCH (t:Tender {id: $tender})
       MATCH (c:Person {id: $carla})-[:LOCATED_IN]->(terr:Territory)
       RETURN i.strength AS strength, i.since AS since, i.basis AS basis, b.id AS target,
              t.value AS value, t.date AS date, terr.name AS territory, terr.id AS territoryId`,
      { ana: `${prefix}-ana`, tender: `${prefix}-tender`, carla: `${prefix}-carla` },
      { database: DATABASE },
    );
    const row = records[0]!.toObject();
    expect(row.strength).toBe(0.8);
    expect(String(row.since)).toBe('2019-01-01');
    expect(row.basis).toBe('science');
    expect(row.target).toBe(`${prefix}-bruno`);
    expect(row.value).toBe(1250000.5);
    expect(String(row.date)).toBe('2027-08-01');
    expect(row.territory).toBe(`Valley ${prefix}`);
    expect(row.territoryId).toBe(`territory-valley-${prefix}`);
  });

  it('imports the words earlier versions wrote, and the API\'s names, as the article\'s words', async () => {
    const prefix = uniquePrefix('old');
    const id = (s: string) => `${prefix}-${s}`;
    const folder = writeCsvFolder(
      [{ id: id('kam'), type: 'User', name: 'Old Kam', role: 'kam' }, ...['a', 'b', 'c'].map((s) => ({ id: id(s), type: 'Person', name: `Person ${s}` }))],
      [
        { from: id('kam'), to: id('a'), type: 'RELATES', stage: 'loyal' },
        { from: id('kam'), to: id('b'), type: 'RELATES', stage: 'ACQUAINTANCE' },
        { from: id('kam'), to: id('c'), type: 'RELATES', stage: 'advocate' },
      ],
    );
    temp.push(folder);
    await importFolder(testDb(driver), folder);
    const { records } = await driver.executeQuery(
      'MATCH (:User {id: $kam})-[r:RELATES]->(p:Person) RETURN p.id AS person, r.stage AS stage ORDER BY person',
      { kam: id('kam') },
      { database: DATABASE },
    );
    expect(records.map((r) => [r.get('person'), r.get('stage')])).toEqual([
      [id('a'), 'loyalty'],
      [id('b'), 'acquaintance'],
      [id('c'), 'near_friendly'],
    ]);
  });

  it('changes nothing when the same folder is imported twice', async () => {
    const { dir, prefix } = fixtureCopy();
    await importFolder(testDb(driver), dir);
    const before = await written(prefix);
    expect(before.own.nodes).toHaveLength(7);
    expect(before.territory.nodes).toHaveLength(1);
    const again = await importFolder(testDb(driver), dir);
    expect(again.nodes).toMatchObject({ created: 0, updated: 0 });
    expect(again.ties).toMatchObject({ created: 0, updated: 0 });
    // Every node, property and tie of the copy as it was (other files' data is not this test's to count).
    expect(await written(prefix)).toEqual(before);
  });

  const badCases: Array<[string, string, (t: string) => string, RegExp]> = [
    ['an unknown node type', 'nodes.csv', (t) => t.replace(',Person,Bruno', ',Wizard,Bruno'), /nodes\.csv:6 \[type\]: "Wizard" is not a node type/],
    ['a missing endpoint', 'ties.csv', (t) => t.replace(/(-carla),(\S+-bruno),KNOWS/, '$1,nobody-here,KNOWS'), /ties\.csv:9 \[to\]: "nobody-here" is neither in nodes\.csv nor in the database/],
    ['a strength outside 0..1', 'ties.csv', (t) => t.replace('0.8', '1.7'), /ties\.csv:7 \[strength\]: 1\.7 is above 1/],
    ['a bad date', 'ties.csv', (t) => t.replace('2015-03-01', '2015-02-30'), /ties\.csv:2 \[since\]: "2015-02-30" is not a date/],
    ['broken CSV', 'ties.csv', (t) => `${t}a,b,"unclosed\n`, /ties\.csv(:\d+)?: broken CSV/],
    ['a tie between the wrong kinds of node', 'ties.csv', (t) => t.replace(/(\S+)-ministry,(\S+)-tender,ISSUES/, '$1-ministry,$2-ana,ISSUES'), /ties\.csv:11 \[to\]: a ISSUES tie cannot end at a Person/],
    ['an unknown tie type', 'ties.csv', (t) => t.replace('KNOWS', 'ADORES'), /ties\.csv:9 \[type\]: "ADORES" is not a tie type/],
    ['an influence recorded as money', 'ties.csv', (t) => t.replace(',science', ',money'), /ties\.csv:7 \[basis\]: "money" is not recorded: .*use commercial/],
  ];
  for (const [what, file, change, message] of badCases) {
    it(`rejects the whole folder and writes nothing for ${what}`, async () => {
      const { dir, prefix } = fixtureCopy();
      const bad = withChange(dir, file, change);
      const error = await importFolder(testDb(driver), bad).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ImportRejected);
      expect((error as Error).message).toMatch(message);
      expect((error as Error).message).toMatch(/nothing was written/);
      // No node or tie anywhere carries the copy's prefix: not its ids, not its territory's name.
      expect(await strayMentions(driver, prefix, [])).toEqual([]);
      expect(await written(prefix)).toEqual({ own: { nodes: [], ties: [] }, territory: { nodes: [], ties: [] } });
    });
  }

  // The whole graph on purpose: export writes everything, and whatever any test file left in the
  // database must survive export -> import unchanged too. (Files run one after another, so no
  // other file writes between the two exports.)
  it('round-trips: export then import into the same database changes nothing', async () => {
    const { dir, prefix } = fixtureCopy();
    const withUser = withChange(dir, 'nodes.csv', (text) => `${text.trimEnd()}\n${prefix}-kam,User,Kim ${prefix},,,,,,,,\n`);
    await importFolder(testDb(driver), withUser);
    // A watch made through the API is a tie like any other: the importer must find it again.
    await new ChangeRepository(testDb(driver)).watch(`${prefix}-kam`, `${prefix}-ana`, '2026-11-30');
    const out = mkdtempSync(path.join(os.tmpdir(), 'kamgraph-export-'));
    temp.push(out);
    const exported = await exportFolder(testDb(driver), out);
    expect(exported.nodes).toBeGreaterThanOrEqual(8);
    const header = readFileSync(path.join(out, 'nodes.csv'), 'utf8').split('\n')[0];
    expect(header?.startsWith('id,type,name')).toBe(true);
    const again = await importFolder(testDb(driver), out, { countryPack: everyPacksWords() });
    const second = mkdtempSync(path.join(os.tmpdir(), 'kamgraph-export-'));
    temp.push(second);
    await exportFolder(testDb(driver), second);
    const changed = (file: string) => {
      const before = new Set(readFileSync(path.join(out, file), 'utf8').split('\n'));
      return readFileSync(path.join(second, file), 'utf8').split('\n').filter((line) => !before.has(line)).slice(0, 5);
    };
    expect({ nodes: changed('nodes.csv'), ties: changed('ties.csv') }).toEqual({ nodes: [], ties: [] });
    expect(again.nodes.updated).toBe(0);
    expect(again.ties.updated).toBe(0);
    expect(again.nodes.created).toBe(0);
    expect(again.ties.created).toBe(0);
    expect(again.rows.nodes).toBe(exported.nodes);
    expect(again.rows.ties).toBe(exported.ties);
  });
});

/**
 * The test database holds what every file wrote, under each country's pack (the Portuguese
 * demo, Brazilian tenders, ...); a real database is written under one. Reading it back takes a
 * pack that accepts the words of all of them.
 */
function everyPacksWords(): CountryPack {
  const packs = COUNTRY_PACK_CODES.map((code) => countryPack(code));
  const base = countryPack('generic');
  const vocabularies = Object.fromEntries(
    Object.keys(base.vocabularies).map((kind) => {
      const entries = packs.flatMap((pack) => pack.vocabularies[kind as keyof CountryPack['vocabularies']]);
      return [kind, entries.filter((entry, i) => entries.findIndex((e) => e.value === entry.value) === i)];
    }),
  ) as CountryPack['vocabularies'];
  return { ...base, vocabularies };
}
