import { describe, expect, it } from 'vitest';
import { applySchema } from '../../server/src/modules/graph/apply-schema.js';
import { importFolder } from '../../server/src/modules/import-export/import-folder.js';
import { ImportRejected } from '../../server/src/modules/import-export/import-issues.js';
import { writeCsvFolder } from './support/csv-folder.js';
import { DATABASE, testDb, uniquePrefix, useTestDriver } from './support/database.js';

/**
 * Data written by earlier versions, in their words, brought to the article's vocabulary
 * by the start-up migrations: a copy of old data is written as it was stored, migrated
 * twice, and read back.
 */
describe('start-up migrations of stored words', () => {
  const driver = useTestDriver();
  const p = uniquePrefix('mig');
  const id = (s: string) => `${p}-${s}`;
  const run = (cypher: string, params: Record<string, unknown> = {}) => driver.executeQuery(cypher, params, { database: DATABASE });

  async function oldData(): Promise<void> {
    await run(
      `CREATE (u:Entity:User {id: $u, name: 'Old KAM', role: 'kam'})
       CREATE (a:Entity:Person {id: $a, name: 'Ana'}), (b:Entity:Person {id: $b, name: 'Bia'}), (c:Entity:Person {id: $c, name: 'Cai'})
       CREATE (d:Entity:Person {id: $d, name: 'Dom'}), (e:Entity:Person {id: $e, name: 'Eva'})
       CREATE (u)-[:RELATES {key: 'k1', stage: 'introduced', since: date('2024-01-01'), until: date('2025-01-01')}]->(a)
       CREATE (u)-[:RELATES {key: 'k2', stage: 'loyal', since: date('2025-01-01')}]->(a)
       CREATE (u)-[:RELATES {key: 'k3', stage: 'advocate'}]->(b)
       CREATE (u)-[:RELATES {key: 'k4', stage: 'acquainted'}]->(c)
       CREATE (u)-[:RELATES {key: 'k5', stage: 'unknown'}]->(d)
       CREATE (d)-[:INFLUENCES {key: 'k6', strength: 0.6, basis: 'money'}]->(e)
       CREATE (e)-[:INFLUENCES {key: 'k7', strength: 0.6, basis: 'science'}]->(d)
       CREATE (u)-[:WATCHES {key: 'WATCHES|' + $u + '|' + $e + '|', since: date('2026-11-02')}]->(e)
       CREATE (:Entity:Plan {id: $plan, name: 'Old plan', startStage: 'unknown', targetStage: 'advocate', delegation: 'D3'})
       CREATE (:Entity:Plan {id: $plan2, name: 'Older plan', startStage: 'acquainted', targetStage: 'loyal', delegation: 'D1'})`,
      { u: id('u'), a: id('a'), b: id('b'), c: id('c'), d: id('d'), e: id('e'), plan: id('plan'), plan2: id('plan2') },
    );
  }

  async function snapshot() {
    const { records } = await run(
      `MATCH (u:User {id: $u})
       OPTIONAL MATCH (u)-[r:RELATES]->(x)
       WITH u, collect([x.name, r.stage, toString(r.until)]) AS stages
       OPTIONAL MATCH (:Person {id: $d})-[m:INFLUENCES]->()
       WITH stages, collect(m.basis) AS bases
       OPTIONAL MATCH (:User {id: $u})-[w:WATCHES]->()
       WITH stages, bases, collect(w.key) AS watchKeys
       MATCH (pl:Plan) WHERE pl.id IN [$plan, $plan2]
       WITH stages, bases, watchKeys, pl ORDER BY pl.id
       RETURN stages, bases, watchKeys, collect([pl.startStage, pl.targetStage, pl.developmentLevel, pl.delegation]) AS plans`,
      { u: id('u'), d: id('d'), plan: id('plan'), plan2: id('plan2') },
    );
    const row = records[0]!.toObject() as { stages: string[][]; bases: string[]; watchKeys: string[]; plans: string[][] };
    return { stages: row.stages.sort((x, y) => `${x[0]}${x[1]}`.localeCompare(`${y[0]}${y[1]}`)), bases: row.bases, watchKeys: row.watchKeys, plans: row.plans };
  }

  const version = async () => (await run(`OPTIONAL MATCH (m:GraphMeta {key: 'graph'}) RETURN coalesce(m.version, 0) AS v`)).records[0]!.get('v') as number;

  it('rewrites the old words once, and a second run changes nothing', async () => {
    await oldData();
    await applySchema(driver, DATABASE);
    const migrated = await snapshot();
    expect(migrated).toEqual({
      stages: [
        ['Ana', 'contact', '2025-01-01'],
        ['Ana', 'loyalty', null],
        ['Bia', 'near_friendly', null],
        ['Cai', 'acquaintance', null],
        // `unknown` was no relationship: nothing is left of it.
      ],
      bases: ['commercial'],
      // A watch's key carries the day it started, as the importer computes it.
      watchKeys: [`WATCHES|${id('u')}|${id('e')}|2026-11-02`],
      plans: [
        [null, 'near_friendly', 'D3', null],
        ['acquaintance', 'loyalty', 'D1', null],
      ],
    });
    const before = await version();
    await applySchema(driver, DATABASE);
    expect(await snapshot()).toEqual(migrated);
    expect(await version()).toBe(before);
  });

  it('imports old CSV words as their successors, and refuses to record money as a basis', async () => {
    const q = uniquePrefix('old');
    const nodes = [
      { id: `${q}-u`, type: 'User', name: 'Import KAM', role: 'kam' },
      { id: `${q}-a`, type: 'Person', name: 'Ana' },
      { id: `${q}-b`, type: 'Person', name: 'Bia' },
      { id: `${q}-plan`, type: 'Plan', name: 'Imported plan', targetStage: 'advocate', delegation: 'D2' },
    ];
    const ties = [
      { from: `${q}-u`, to: `${q}-a`, type: 'RELATES', stage: 'acquainted' },
      { from: `${q}-u`, to: `${q}-b`, type: 'RELATES', stage: 'LOYALTY' },
    ];
    await importFolder(testDb(driver), writeCsvFolder(nodes, ties));
    const { records } = await run(
      `MATCH (:User {id: $u})-[r:RELATES]->(x) WITH x, r ORDER BY x.name
       WITH collect(r.stage) AS stages MATCH (pl:Plan {id: $plan}) RETURN stages, pl.targetStage AS target, pl.delegation AS delegation`,
      { u: `${q}-u`, plan: `${q}-plan` },
    );
    // `delegation` is not a property of the model any more: kept as text, as unknown columns are.
    expect(records[0]!.toObject()).toEqual({ stages: ['acquaintance', 'loyalty'], target: 'near_friendly', delegation: 'D2' });

    const money = writeCsvFolder(
      [{ id: `${q}-c`, type: 'Person', name: 'Cai' }],
      [{ from: `${q}-c`, to: `${q}-a`, type: 'INFLUENCES', strength: 0.5, basis: 'money' }],
    );
    const error = await importFolder(testDb(driver), money).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportRejected);
    expect(String((error as Error).message)).toMatch(/ties\.csv:2 \[basis\]: "money" is not recorded: .*bribery red flag.*use commercial/);
    expect((await run('MATCH (n:Person {id: $c}) RETURN count(n) AS n', { c: `${q}-c` })).records[0]!.get('n')).toBe(0);
  });
});
