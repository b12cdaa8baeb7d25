import { beforeAll, describe, expect, it } from 'vitest';
import { loadViewer } from '../../server/src/kernel/auth/access.js';
import { DbClient } from '../../server/src/kernel/database/db-client.js';
import { createContext } from '../../server/src/context.js';
import { writeGraph } from '../../server/src/modules/graph/graph-writer.js';
import type { NodeRecord, PropertyValue, TieRecord, TieType } from '../../server/src/modules/graph/model.js';
import { introductionPaths, introductionPathsToMany } from '../../server/src/modules/introductions/questions.js';
import { TEST_ADMIN, TEST_TODAY } from './support/api.js';
import { DATABASE, testDb, uniquePrefix, useTestDriver } from './support/database.js';

const PEOPLE = 60;

/** Two territories of people tied at random; KAM k works T1 and knows a few; some people opted out. */
function contacts(p: string): { nodes: NodeRecord[]; ties: TieRecord[] } {
  const id = (s: string | number) => `${p}-${s}`;
  const nodes: NodeRecord[] = [];
  const ties: TieRecord[] = [];
  const node = (s: string | number, type: NodeRecord['type'], name: string, props: Record<string, PropertyValue> = {}) => nodes.push({ id: id(s), type, name, props });
  const tie = (from: string | number, to: string | number, type: TieType, props: Record<string, PropertyValue> = {}) => ties.push({ from: id(from), to: id(to), type, props });
  let state = 7;
  const random = () => ((state = (state * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
  for (const t of ['T1', 'T2']) {
    node(t, 'Territory', `Intro ${t} ${p}`);
    node(`h${t}`, 'Institution', `Intro Hospital ${t}`, { kind: 'hospital' });
    tie(`h${t}`, t, 'LOCATED_IN');
  }
  node('k', 'User', 'Intro Kam', { role: 'kam' });
  tie('k', 'T1', 'LOCATED_IN');
  node('k2', 'User', 'Other Kam', { role: 'kam' });
  tie('k2', 'T2', 'LOCATED_IN');
  for (let i = 0; i < PEOPLE; i += 1) {
    node(i, 'Person', `Intro ${i}`, i % 17 === 5 ? { optedOut: true } : {});
    tie(i, i < PEOPLE / 2 ? 'hT1' : 'hT2', 'WORKS_AT', { position: 'Physician' });
    for (let k = 0; k < 2; k += 1) {
      const j = Math.floor(random() * PEOPLE);
      if (j !== i) tie(i, j, random() < 0.5 ? 'KNOWS' : 'INFLUENCES', { strength: Math.round(random() * 90 + 10) / 100 });
    }
  }
  for (const i of [0, 3, 31, 40]) tie('k', i, 'RELATES', { stage: i % 2 === 0 ? 'acquaintance' : 'contact' });
  tie('k2', 45, 'RELATES', { stage: 'acquaintance' });
  return { nodes, ties };
}

describe('introduction paths to many people in one search', () => {
  const driver = useTestDriver();
  const db = new DbClient(driver, DATABASE);
  const p = uniquePrefix('intro');
  const id = (s: string | number) => `${p}-${s}`;

  beforeAll(async () => {
    await driver.executeQuery(`MERGE (u:Entity:User {id: $id}) ON CREATE SET u.name = 'Test Admin', u.role = 'admin'`, { id: TEST_ADMIN }, { database: DATABASE });
    await writeGraph(testDb(driver), contacts(p), { atomic: true });
  });

  it.each([
    ['an admin', TEST_ADMIN, 'k'],
    ['the KAM (people of T2 stay hidden)', 'k', 'k'],
    ['the KAM, from a person', 'k', '0'],
  ])('answers as one search per target would, for %s', async (_label, viewerId, from) => {
    const viewer = (await loadViewer(db, viewerId === TEST_ADMIN ? TEST_ADMIN : id(viewerId), TEST_TODAY))!;
    const targets = [...Array.from({ length: PEOPLE }, (_, i) => id(i)), id('k2'), id('nobody')];
    const fromId = id(from);
    const before = db.roundTrips;
    const batched = await introductionPathsToMany(createContext(db, viewer, { today: TEST_TODAY }), { fromId, toIds: targets, maxHops: 4, first: 2 });
    const batchedTrips = db.roundTrips - before;
    let separateTrips = 0;
    let found = 0;
    for (const toId of targets) {
      const start = db.roundTrips;
      const alone = await introductionPaths(createContext(db, viewer, { today: TEST_TODAY }), { fromId, toId, maxHops: 4, first: 2 }).catch(() => []);
      separateTrips += db.roundTrips - start;
      expect(batched.get(toId), toId).toEqual(alone);
      if (alone.length > 0) found += 1;
    }
    expect(found).toBeGreaterThan(3);
    expect(batchedTrips).toBeLessThan(separateTrips / 10);
  });
});
