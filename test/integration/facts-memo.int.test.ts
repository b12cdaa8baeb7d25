import { beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../../server/src/context.js';
import { loadViewer } from '../../server/src/kernel/auth/access.js';
import { DbClient } from '../../server/src/kernel/database/db-client.js';
import { addDays } from '../../server/src/kernel/dates.js';
import { createLogger } from '../../server/src/kernel/logger.js';
import { FactsMemo } from '../../server/src/modules/changes/facts-memo.js';
import { dayBefore, scopeChanges } from '../../server/src/modules/changes/feed.js';
import { ChangeHub } from '../../server/src/modules/changes/live.js';
import { ChangeRepository } from '../../server/src/modules/changes/repository.js';
import type { ChangeServices } from '../../server/src/modules/changes/services.js';
import type { MemoRead } from '../../server/src/modules/graph/footprint-memo.js';
import { writeGraph } from '../../server/src/modules/graph/graph-writer.js';
import type { NodeRecord, TieRecord } from '../../server/src/modules/graph/model.js';
import { GraphRepository } from '../../server/src/modules/graph/repository.js';
import { TEST_ADMIN, TEST_TODAY } from './support/api.js';
import { DATABASE, testDb, uniquePrefix, useTestDriver } from './support/database.js';

/**
 * A feed's facts kept and patched by the writes since (facts-memo.ts) must give the feed a
 * whole read gives: after each kind of write, the feed is built both ways from the real
 * database and compared in full.
 */
describe('a feed’s facts patched by the writes since they were read', () => {
  const driver = useTestDriver();
  const db = new DbClient(driver, DATABASE);
  const p = uniquePrefix('facts');
  const id = (s: string) => `${p}-${s}`;
  const graph = new GraphRepository(db, { by: null, today: TEST_TODAY });
  const memo = new FactsMemo();
  const since = addDays(TEST_TODAY, -90);
  const recent = addDays(TEST_TODAY, -10);
  const person = (s: string, name = `Facts ${s}`): NodeRecord => ({ id: id(s), type: 'Person', name, props: {} }) as NodeRecord;
  const tie = (type: TieRecord['type'], from: string, to: string, props: TieRecord['props'] = {}): TieRecord => ({ type, from: id(from), to: id(to), props });
  const services = (facts: FactsMemo | null): ChangeServices => ({
    hub: new ChangeHub(new ChangeRepository(db), createLogger('silent'), 60_000),
    rankings: null,
    facts,
    self: { ports: () => [] },
    logger: createLogger('silent'),
  });

  beforeAll(async () => {
    await driver.executeQuery(`MERGE (u:Entity:User {id: $id}) ON CREATE SET u.name = 'Test Admin', u.role = 'admin'`, { id: TEST_ADMIN }, { database: DATABASE });
    await writeGraph(
      testDb(driver),
      {
        nodes: [
          { id: id('T'), type: 'Territory', name: 'Facts territory', props: {} },
          { id: id('I'), type: 'Institution', name: 'Facts hospital', props: { kind: 'hospital' } },
          { id: id('P'), type: 'Product', name: 'Facts product', props: {} },
          ...['A', 'B', 'C', 'D', 'OUT', 'OUT2'].map((s) => person(s)),
        ] as NodeRecord[],
        ties: [
          tie('LOCATED_IN', 'I', 'T'),
          ...['A', 'B', 'C', 'D'].map((s) => tie('WORKS_AT', s, 'I', { since: '2019-01-01' })),
          tie('INFLUENCES', 'A', 'B', { strength: 0.8, since: recent }),
          tie('INFLUENCES', 'C', 'D', { strength: 0.5, since: '2020-01-01', until: addDays(TEST_TODAY, 20) }),
          tie('KNOWS', 'OUT', 'A', { since: recent }),
          tie('STANCE', 'B', 'P', { value: 1, since: '2020-01-01', until: recent }),
          tie('STANCE', 'B', 'P', { value: 2, since: recent }),
        ],
      },
      { atomic: true },
    );
  });

  /** The feed built with the memo and without it: they must agree in full. */
  async function feedBoth(): Promise<MemoRead> {
    const viewer = (await loadViewer(db, TEST_ADMIN, TEST_TODAY))!;
    const events = await new ChangeRepository(db).logOfWindow(since, TEST_TODAY);
    const args = { scope: { territoryId: id('T') }, since, until: TEST_TODAY, terms: 'upcoming' as const, rankedBefore: dayBefore(since), events, version: null };
    const before = memo.stats();
    const kept = await scopeChanges(createContext(db, viewer, { today: TEST_TODAY, changeServices: services(memo) }), args);
    const whole = await scopeChanges(createContext(db, viewer, { today: TEST_TODAY, changeServices: services(null) }), args);
    expect(kept.changes).toEqual(whole.changes);
    expect(whole.changes.length).toBeGreaterThan(0);
    const after = memo.stats();
    return (['whole', 'patched', 'unchanged'] as const).find((kind) => after[kind] > before[kind])!;
  }

  it('reads the facts whole the first time', async () => {
    expect(await feedBoth()).toBe('whole');
  });

  it('patches a tie started, a strength edited, a tie removed and a stance changed', async () => {
    await graph.setTie(tie('INFLUENCES', 'B', 'C', { strength: 0.6, since: TEST_TODAY }));
    expect(await feedBoth()).toBe('patched');
    await graph.setTie(tie('INFLUENCES', 'A', 'B', { strength: 0.2, since: recent }));
    expect(await feedBoth()).toBe('patched');
    expect(await graph.removeTie(id('C'), id('D'), 'INFLUENCES', '2020-01-01')).toBe(true);
    expect(await feedBoth()).toBe('patched');
    expect(await graph.removeTie(id('A'), id('B'), 'INFLUENCES', recent)).toBe(true);
    expect(await feedBoth()).toBe('patched');
    await graph.setCurrentTie(id('B'), id('P'), 'STANCE', { value: -1 }, TEST_TODAY);
    expect(await feedBoth()).toBe('patched');
  });

  it('patches a back-dated tie the log names and ties between people outside the scope', async () => {
    await graph.setTie(tie('KNOWS', 'C', 'A', { since: '2015-01-01' }));
    await graph.setTie(tie('KNOWS', 'OUT', 'OUT2', { since: recent }));
    await graph.write([person('D', 'Facts D renamed')]);
    expect(await feedBoth()).toBe('patched');
    expect(await graph.removeTie(id('OUT'), id('OUT2'), 'KNOWS', recent)).toBe(true);
    expect(await feedBoth()).toBe('patched');
  });

  it('reads whole again after a write that may move people or add them', async () => {
    await graph.write([person('E')], [tie('WORKS_AT', 'E', 'I', { since: recent })]);
    expect(await feedBoth()).toBe('whole');
  });

  it('reads whole again after a write that leaves no footprint (an import)', async () => {
    await writeGraph(testDb(driver), { nodes: [], ties: [tie('INFLUENCES', 'D', 'A', { strength: 0.4, since: recent })] }, { atomic: true });
    expect(await feedBoth()).toBe('whole');
  });
});
