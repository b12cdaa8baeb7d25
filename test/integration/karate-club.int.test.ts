import { UndirectedGraph } from 'graphology';
import karateClubModule from 'graphology-generators/social/karate-club.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { cjsDefault } from '../../server/src/modules/power/rules/graphology-interop.js';
import { importFolder } from '../../server/src/modules/import-export/import-folder.js';
import { graphql } from './gql/index.js';
import { useTestApi } from './support/api.js';
import { writeCsvFolder } from './support/csv-folder.js';
import { DATABASE, testDb, uniquePrefix, useTestDriver } from './support/database.js';

const karateClub = cjsDefault(karateClubModule);

const CLUB = graphql(`
  query KarateClub($t: ID!) {
    balanceOfPower(scope: { territoryId: $t }, first: 34) { peopleInScope modularity ranking { person { id } explanation { factor value } } coalitions { members { id } } }
  }
`);

/**
 * Zachary's karate club (1977), imported through CSV as mutual influence and asked
 * through GraphQL: the published analysis has the instructor (node 1, Mr. Hi) and the
 * administrator (node 34, the Officer) as the two centres, the instructor as the top
 * broker, and a split into two factions that community detection recovers.
 */
describe("Zachary's karate club through import and GraphQL", () => {
  const driver = useTestDriver();
  const api = useTestApi(driver);
  const p = uniquePrefix('karate');
  const club = karateClub(UndirectedGraph);
  const member = (node: string) => `${p}-m${Number(node) + 1}`;
  const faction = new Map(club.mapNodes((node, attributes) => [member(node), attributes.club as string] as const));

  beforeAll(async () => {
    const nodes = [
      { id: `${p}-club`, type: 'Territory', name: `Karate club ${p}` },
      ...club.mapNodes((node) => ({ id: member(node), type: 'Person', name: `Member ${Number(node) + 1}` })),
    ];
    const ties = [
      ...club.mapNodes((node) => ({ from: member(node), to: `${p}-club`, type: 'LOCATED_IN' })),
      ...club.mapEdges((_e, _a, source, target) => [
        { from: member(source), to: member(target), type: 'INFLUENCES', strength: 1 },
        { from: member(target), to: member(source), type: 'INFLUENCES', strength: 1 },
      ]).flat(),
    ];
    await importFolder(testDb(driver), writeCsvFolder(nodes, ties));
  });

  it('agrees with the published analysis', async () => {
    const { data, errors } = await api.query(CLUB, { t: `${p}-club` });
    expect(errors).toBeUndefined();
    const bop = data!.balanceOfPower;
    expect(bop.peopleInScope).toBe(34);
    expect(bop.ranking.slice(0, 2).map((r) => r.person.id).sort()).toEqual([`${p}-m1`, `${p}-m34`].sort());
    const brokerage = (r: (typeof bop.ranking)[number]) => r.explanation.find((f) => f.factor === 'BROKERAGE')!.value;
    const topBroker = [...bop.ranking].sort((a, b) => brokerage(b) - brokerage(a))[0]!;
    expect(topBroker.person.id).toBe(`${p}-m1`);

    expect(bop.modularity).toBeGreaterThanOrEqual(0.4);
    expect(bop.coalitions.length).toBeGreaterThanOrEqual(3);
    expect(bop.coalitions.length).toBeLessThanOrEqual(5);
    const coalitionOf = (id: string) => bop.coalitions.findIndex((c) => c.members.some((m) => m.id === id));
    expect(coalitionOf(`${p}-m1`)).not.toBe(coalitionOf(`${p}-m34`));
    // Each coalition sits (almost) inside one faction: count members outside their coalition's majority faction.
    let agreeing = 0;
    for (const coalition of bop.coalitions) {
      const counts = new Map<string, number>();
      for (const m of coalition.members) counts.set(faction.get(m.id)!, (counts.get(faction.get(m.id)!) ?? 0) + 1);
      agreeing += Math.max(...counts.values());
    }
    expect(agreeing / 34).toBeGreaterThanOrEqual(0.9);
  });
});
